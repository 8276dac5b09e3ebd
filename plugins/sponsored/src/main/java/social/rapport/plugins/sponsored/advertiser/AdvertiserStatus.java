package social.rapport.plugins.sponsored.advertiser;

/** Where a member's advertiser application stands; only APPROVED holds the capability. */
public enum AdvertiserStatus {
    PENDING, APPROVED, DECLINED, REVOKED
}
