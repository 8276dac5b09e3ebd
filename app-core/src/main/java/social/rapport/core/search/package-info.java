/**
 * People search: members found by name (accent- and typo-tolerant), headline, skill,
 * organisation and location, within what the viewer may see (visibility, blocks, suspension).
 * The search documents are kept by database triggers (V5__people_search.sql).
 */
package social.rapport.core.search;
