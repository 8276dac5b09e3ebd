/** Advertisers: the capability sponsored.advertiser in the core queue, with the organisation and payer the plugin keeps. */
package social.rapport.plugins.sponsored.advertiser;
