package social.rapport.plugins.sponsored.delivery;

/** Why a member reports an ad (labels in the bundle as {@code sponsored.report.<NAME>}). */
public enum AdReason {
    MISLEADING, OFFENSIVE, SCAM, IRRELEVANT, OTHER
}
