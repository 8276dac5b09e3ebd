package social.rapport.core.account;

/** CDI event fired when a member's credentials were accepted (a pending account deletion is cancelled by it). */
public record MemberSignedIn(long memberId) {
}
