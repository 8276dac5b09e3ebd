/** The sponsored content plugin: advertisers, campaigns, consented targeting, paced delivery into the feed, the ad library, reports. */
package social.rapport.plugins.sponsored;
