package social.rapport.core.plugin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One entry of the plugin audit trail: who enabled or disabled which plugin, when. */
@Entity
@Table(name = "plugin_state_change")
class PluginStateChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "plugin_id", nullable = false, length = 64)
    private String pluginId;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "changed_by")
    private Long changedBy;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    protected PluginStateChange() {
    }

    PluginStateChange(String pluginId, boolean enabled, Long changedBy, OffsetDateTime changedAt) {
        this.pluginId = pluginId;
        this.enabled = enabled;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }
}
