package social.rapport.core.connection;

import java.time.OffsetDateTime;
import social.rapport.core.database.RapportDatabase;

/** Reading the columns of native queries, whose Java types depend on the driver. */
final class Rows {

    /** The select list of a {@link Person}, for {@code member m left join profile p on p.member_id = m.id}. */
    static final String PERSON = "m.id, m.display_name, p.handle, p.headline";

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
