package social.rapport.core.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import social.rapport.core.database.RapportDatabase;

/** The SQL of plugin settings: saved values and their audit trail. */
@ApplicationScoped
@Transactional // a container-managed EM outside a JTA transaction is not safe on every thread (managed executor)
public class SettingQueries {

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    /** Saved values of a plugin, by key. */
    public Map<String, String> saved(String pluginId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select key, value from plugin_setting where plugin_id = ?1")
                .setParameter(1, pluginId).getResultList();
        Map<String, String> result = new HashMap<>();
        for (Object[] r : rows) {
            result.put((String) r[0], (String) r[1]);
        }
        return result;
    }

    public String saved(String pluginId, String key) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("select value from plugin_setting where plugin_id = ?1 and key = ?2")
                .setParameter(1, pluginId).setParameter(2, key).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** Saves the value and appends the change (old and new value, who, when). */
    public void save(String pluginId, String key, String oldValue, String value, long by, OffsetDateTime at) {
        em.createNativeQuery("insert into plugin_setting (plugin_id, key, value, changed_by, changed_at) values (?1, ?2, ?3, ?4, ?5) "
                        + "on conflict (plugin_id, key) do update set value = excluded.value, changed_by = excluded.changed_by, "
                        + "changed_at = excluded.changed_at")
                .setParameter(1, pluginId).setParameter(2, key).setParameter(3, value).setParameter(4, by).setParameter(5, at)
                .executeUpdate();
        em.createNativeQuery("insert into plugin_setting_change (plugin_id, key, old_value, new_value, changed_by, changed_at) "
                        + "values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, pluginId).setParameter(2, key).setParameter(3, oldValue).setParameter(4, value)
                .setParameter(5, by).setParameter(6, at).executeUpdate();
    }

    /** One audited change. */
    public record Change(String key, String oldValue, String newValue, OffsetDateTime at, String by) {
    }

    public List<Change> history(String pluginId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select c.key, c.old_value, c.new_value, c.changed_at, m.display_name "
                        + "from plugin_setting_change c join member m on m.id = c.changed_by where c.plugin_id = ?1 "
                        + "order by c.changed_at desc, c.id desc limit ?2")
                .setParameter(1, pluginId).setParameter(2, limit).getResultList();
        List<Change> result = new ArrayList<>();
        for (Object[] r : rows) {
            result.add(new Change((String) r[0], (String) r[1], (String) r[2], RapportDatabase.offsetDateTime(r[3]), (String) r[4]));
        }
        return result;
    }
}
