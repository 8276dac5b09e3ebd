package social.rapport.core.plugin;

import java.time.OffsetDateTime;

/**
 * An installed plugin as the admin area shows it.
 *
 * @param changedAt   when the state last changed (null if never changed by an admin)
 * @param changedBy   display name of the admin who changed it (null if never)
 * @param failures    isolated failures of its extensions on this instance since start
 */
public record PluginInfo(String id, String name, String description, String version, int spiVersion,
                         boolean compatible, boolean enabled, OffsetDateTime changedAt, String changedBy,
                         long failures) implements java.io.Serializable {
}
