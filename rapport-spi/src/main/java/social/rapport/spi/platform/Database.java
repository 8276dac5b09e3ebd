package social.rapport.spi.platform;

import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Platform service: the application's PostgreSQL database, for a plugin's own tables
 * ({@code <plugin id>_...}, created by its Flyway migrations in {@code db/migration/<plugin id>}).
 * Replaces looking up the data source by its JNDI name.
 */
public interface Database {

    /** The JTA data source; connections taken inside a transaction join it. */
    DataSource dataSource();

    /** Runs {@code work} in a transaction (joining the caller's, if any); an exception rolls it back. */
    <T> T inTransaction(Supplier<T> work);
}
