package social.rapport.core.capability;

import java.time.OffsetDateTime;

/** A member who holds a capability, as the admin area lists them. */
public record CapabilityHolder(long memberId, String displayName, String handle, OffsetDateTime since) {
}
