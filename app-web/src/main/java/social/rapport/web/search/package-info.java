/** The people search page ({@code /search}); the rules are in {@code social.rapport.core.search}. */
package social.rapport.web.search;
