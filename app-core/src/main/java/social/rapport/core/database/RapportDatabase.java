package social.rapport.core.database;

/** Names shared by everything that reaches the database. */
public final class RapportDatabase {

    /** The JTA data source, defined by the web module from {@code rapport.db.*} configuration. */
    public static final String JNDI_NAME = "java:app/jdbc/rapport";

    /** The persistence unit of the core. */
    public static final String UNIT = "rapport";

    private RapportDatabase() {
    }
}
