package social.rapport.spi.facts;

/** What a purpose is for; it decides whether the member's answer starts as yes or no. */
public enum PurposeKind {
    /** Choosing what a member is shown (sponsored content). Off until the member turns it on. */
    TARGETING,
    /** Letting others find the member (recruiters). Off until the member turns it on. */
    DISCOVERY,
    /** A service the member uses directly. On until the member turns it off. */
    SERVICE;

    public boolean onByDefault() {
        return this == SERVICE;
    }
}
