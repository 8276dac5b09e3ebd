package social.rapport.core.capability;

import java.time.OffsetDateTime;

/**
 * A member's application for a capability.
 *
 * @param status PENDING, APPROVED, DECLINED or WITHDRAWN
 * @param reason the admin's reason when decided, else null
 */
public record CapabilityApplication(long id, long memberId, String memberName, String capability, String note, String status,
                                    OffsetDateTime appliedAt, String reason) {
}
