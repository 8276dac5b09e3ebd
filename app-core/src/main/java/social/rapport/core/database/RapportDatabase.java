package social.rapport.core.database;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.stream.Collectors;

/** Names shared by everything that reaches the database. */
public final class RapportDatabase {

    /** The JTA data source, defined by the web module from {@code rapport.db.*} configuration. */
    public static final String JNDI_NAME = "java:app/jdbc/rapport";

    /** The persistence unit of the core. */
    public static final String UNIT = "rapport";

    /** A timestamptz column as native queries return it (a Timestamp or an OffsetDateTime), in UTC; null stays null. */
    public static OffsetDateTime offsetDateTime(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }

    /**
     * A PostgreSQL array literal of numbers or plain words ("{1,2,3}"), for a parameter used as
     * {@code any(cast(?1 as bigint[]))}: native queries cannot bind a Java collection.
     */
    public static String arrayLiteral(Collection<?> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    private RapportDatabase() {
    }
}
