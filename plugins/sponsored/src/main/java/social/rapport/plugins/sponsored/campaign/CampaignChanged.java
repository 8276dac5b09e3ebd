package social.rapport.plugins.sponsored.campaign;

/**
 * A campaign's status or content changed on this instance (a CDI event, fired by
 * {@link CampaignRepository}): the feed's list of running campaigns is read again.
 */
public record CampaignChanged(long campaignId) {
}
