package social.rapport.core.connection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import social.rapport.core.database.RapportDatabase;
import social.rapport.core.plugin.PluginRegistry;
import social.rapport.spi.connection.ConnectionSuggestionSource;
import social.rapport.spi.connection.Suggestion;

/**
 * Friends of friends, by the number of mutual connections. One query over the directed edges:
 * both joins walk the primary key (member_id, other_id).
 */
@ApplicationScoped
public class MutualConnectionsSource implements ConnectionSuggestionSource {

    @PersistenceContext(unitName = RapportDatabase.UNIT)
    EntityManager em;

    @Override
    public String pluginId() {
        return PluginRegistry.CORE;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public List<Suggestion> suggest(long memberId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select e2.other_id, count(*) as mutual from connection_edge e1 "
                        + "join connection_edge e2 on e2.member_id = e1.other_id "
                        + "where e1.member_id = ?1 and e2.other_id <> ?1 "
                        + "and not exists (select 1 from connection_edge x where x.member_id = ?1 and x.other_id = e2.other_id) "
                        + "group by e2.other_id order by mutual desc, e2.other_id limit ?2")
                .setParameter(1, memberId).setParameter(2, limit).getResultList();
        return rows.stream().map(r -> {
            long mutual = Rows.id(r[1]);
            // more mutual connections, higher score, always below 1
            return new Suggestion(Rows.id(r[0]), mutual / (mutual + 1.0),
                    mutual == 1 ? "1 mutual connection" : mutual + " mutual connections");
        }).toList();
    }
}
