package social.rapport.core.conversation;

import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import social.rapport.core.database.RapportDatabase;

/** Small helpers for the native queries of this package. */
final class Sql {

    private Sql() {
    }

    static long id(Object value) {
        return ((Number) value).longValue();
    }

    static OffsetDateTime time(Object value) {
        return RapportDatabase.offsetDateTime(value);
    }

    /** A bigint[] parameter for {@code any(cast(?n as bigint[]))}. */
    static String array(Collection<Long> ids) {
        return RapportDatabase.arrayLiteral(ids);
    }

    /** A LIKE pattern that matches {@code text} literally anywhere (escape character backslash). */
    static String contains(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    static boolean exists(EntityManager em, String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return !query.setMaxResults(1).getResultList().isEmpty();
    }

    static List<Long> ids(EntityManager em, String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<Long> ids = new ArrayList<>();
        for (Object o : query.getResultList()) {
            ids.add(id(o));
        }
        return ids;
    }

    /** The first line of a message, for lists. */
    static String firstLine(String body) {
        if (body == null) {
            return "";
        }
        String line = body.strip().lines().findFirst().orElse("");
        return line.length() > 140 ? line.substring(0, 139) + "…" : line;
    }
}
