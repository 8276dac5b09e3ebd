package social.rapport.plugins.sponsored.campaign;

/**
 * draft → in review → running ⇄ paused → ended; in review → rejected (with a reason, back to draft
 * when edited). A campaign paused by members' reports goes back to review.
 */
public enum CampaignStatus {
    DRAFT, REVIEW, RUNNING, PAUSED, REJECTED, ENDED;

    /** Whether the advertiser may still change the creative, schedule, budget and targeting. */
    public boolean editable() {
        return this == DRAFT || this == REJECTED;
    }
}
