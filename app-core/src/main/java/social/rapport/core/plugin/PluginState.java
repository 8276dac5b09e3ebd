package social.rapport.core.plugin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** Whether one installed plugin is enabled, and who last changed that. */
@Entity
@Table(name = "plugin_state")
class PluginState {

    @Id
    @Column(name = "plugin_id", length = 64)
    private String pluginId;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Column(name = "changed_by")
    private Long changedBy;

    protected PluginState() {
    }

    PluginState(String pluginId, boolean enabled, Long changedBy, OffsetDateTime changedAt) {
        this.pluginId = pluginId;
        this.enabled = enabled;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    String pluginId() {
        return pluginId;
    }

    boolean enabled() {
        return enabled;
    }

    OffsetDateTime changedAt() {
        return changedAt;
    }

    Long changedBy() {
        return changedBy;
    }

    void change(boolean enabled, Long changedBy, OffsetDateTime changedAt) {
        this.enabled = enabled;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }
}
