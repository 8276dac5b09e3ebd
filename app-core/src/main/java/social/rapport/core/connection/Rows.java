package social.rapport.core.connection;

import java.time.OffsetDateTime;
import social.rapport.core.database.RapportDatabase;

/** Reading the columns of native queries, whose Java types depend on the driver. */
final class Rows {

    /**
     * The select list of a {@link Person} as the viewer bound to parameter {@code ?viewerParam}
     * (null: not signed in) may see them, for {@code member m left join profile p on p.member_id = m.id}:
     * the headline only where its visibility lets the viewer see it (V61's {@code rapport_can_see}).
     */
    static String person(int viewerParam) {
        return "m.id, m.display_name, p.handle, case when rapport_can_see(m.id, cast(?" + viewerParam
                + " as bigint), p.headline_visibility) then p.headline end";
    }

    /** The same for the report queue, where an admin reviews the members involved as they are. */
    static final String PERSON_FOR_ADMIN = "m.id, m.display_name, p.handle, p.headline";

    private Rows() {
    }

    static long id(Object value) {
        return ((Number) value).longValue();
    }

    static Person person(Object[] row, int from) {
        return new Person(id(row[from]), (String) row[from + 1], (String) row[from + 2], (String) row[from + 3]);
    }

    static OffsetDateTime time(Object value) {
        return RapportDatabase.offsetDateTime(value);
    }

    /** A LIKE pattern that matches {@code text} literally anywhere (escape character backslash). */
    static String contains(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
