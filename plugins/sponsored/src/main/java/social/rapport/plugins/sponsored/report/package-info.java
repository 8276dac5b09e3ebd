/** Reports: per-day aggregates for advertisers (with chart and CSV) and delivery per advertiser for admins. */
package social.rapport.plugins.sponsored.report;
