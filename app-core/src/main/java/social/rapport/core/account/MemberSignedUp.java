package social.rapport.core.account;

/**
 * CDI event fired inside the sign-up transaction, so that other features (the profile) set up
 * what a new member needs; an observer that fails rolls the sign-up back.
 */
public record MemberSignedUp(long memberId, String email, String displayName) {
}
