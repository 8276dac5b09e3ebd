package social.rapport.core.capability;

import java.time.OffsetDateTime;

/** One audited grant or revoke: of what, to whom, why, when, by which admin. */
public record CapabilityChange(String capability, boolean granted, String reason, OffsetDateTime at, String member, String by) {
}
