/** The public ad library (EU DSA Art. 39): every campaign that ran in the last 12 months, searchable by advertiser. */
package social.rapport.plugins.sponsored.library;
