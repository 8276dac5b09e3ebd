/** Delivery into the feed: choosing an ad, pacing and the atomic spend, frequency caps, hiding, clicks, member reports. */
package social.rapport.plugins.sponsored.delivery;
