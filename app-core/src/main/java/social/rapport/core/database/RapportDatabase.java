package social.rapport.core.database;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

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

    private RapportDatabase() {
    }
}
