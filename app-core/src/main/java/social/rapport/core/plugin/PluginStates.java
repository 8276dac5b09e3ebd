package social.rapport.core.plugin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import social.rapport.core.database.RapportDatabase;

/**
 * The persisted enabled/disabled state of plugins. Read from PostgreSQL on every use (one small
 * indexed query), so that a change made on one server instance applies at once on all of them.
 */
@ApplicationScoped
@Transactional
public class PluginStates {

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Inject
    Clock clock;

    /** Plugin id to enabled, for every plugin that has a state row. */
    public Map<String, Boolean> all() {
        return em.createQuery("select s from PluginState s", PluginState.class).getResultStream()
                .collect(Collectors.toMap(PluginState::pluginId, PluginState::enabled));
    }

    Optional<PluginState> find(String pluginId) {
        return Optional.ofNullable(em.find(PluginState.class, pluginId));
    }

    /** Creates the state row of a plugin seen for the first time; an existing row is left alone. */
    void registerIfAbsent(String pluginId, boolean enabled) {
        em.createNativeQuery("insert into plugin_state (plugin_id, enabled, changed_at) values (?, ?, ?) "
                        + "on conflict (plugin_id) do nothing")
                .setParameter(1, pluginId)
                .setParameter(2, enabled)
                .setParameter(3, OffsetDateTime.now(clock))
                .executeUpdate();
    }

    /** Sets the state and appends to the audit trail, in one transaction. */
    void change(String pluginId, boolean enabled, long changedBy) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        PluginState state = em.find(PluginState.class, pluginId);
        if (state == null) {
            em.persist(new PluginState(pluginId, enabled, changedBy, now));
        } else {
            state.change(enabled, changedBy, now);
        }
        em.persist(new PluginStateChange(pluginId, enabled, changedBy, now));
    }
}
