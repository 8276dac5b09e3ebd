/** Targeting on the facets members allowed: matching rules, audience size and its rounding. */
package social.rapport.plugins.sponsored.targeting;
