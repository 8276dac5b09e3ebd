/** The advertiser capability: members apply with their organisation and payer, admins approve, decline or revoke. */
package social.rapport.plugins.sponsored.advertiser;
