package social.rapport.core.account;

import java.time.OffsetDateTime;

/**
 * A member as the admin area lists them.
 *
 * @param configuredAdmin admin because the operator named the email in configuration (cannot be revoked here)
 */
public record MemberSummary(long id, String email, String displayName, boolean admin, boolean configuredAdmin,
                            boolean suspended, OffsetDateTime createdAt) implements java.io.Serializable {
}
