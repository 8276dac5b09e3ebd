package social.rapport.core.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import social.rapport.spi.Plugin;

/**
 * Applies the Flyway migrations of the core and of every installed plugin at deployment, before
 * anything else touches the tables. Each module has its own location and history table
 * ({@code db/migration/core} + {@code flyway_history_core}, {@code db/migration/<id>} +
 * {@code flyway_history_<id>}), so modules evolve their schemas independently.
 * Migrations of disabled plugins run too: disabling never touches a plugin's data.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());
    static final String CORE = "core";

    @Resource(lookup = RapportDatabase.JNDI_NAME)
    DataSource dataSource;

    @Inject
    @Any
    Instance<Plugin> plugins;

    private volatile boolean applied;
    private final List<String> appliedModules = new ArrayList<>();

    @PostConstruct
    void migrate() {
        long start = System.nanoTime();
        migrateModule(CORE);
        for (Plugin plugin : plugins) {
            migrateModule(plugin.id());
        }
        applied = true;
        LOG.info(() -> "Database migrations applied for " + appliedModules + " in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
    }

    private void migrateModule(String module) {
        String location = "db/migration/" + module;
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (!CORE.equals(module) && loader.getResource(location) == null) {
            return; // a plugin without tables
        }
        MigrateResult result = Flyway.configure(loader)
                .dataSource(dataSource)
                .locations("classpath:" + location)
                .table("flyway_history_" + module.replace('-', '_'))
                // every module shares the schema: a module's first run starts from an empty history
                .baselineOnMigrate(true)
                .baselineVersion("0")
                // features are written in parallel, each in its own range of versions (docs/operations.md):
                // a database migrated by a build that had V20 but not yet V10 must still take V10 later
                .outOfOrder(true)
                .load()
                .migrate();
        appliedModules.add(module + "@" + (result.targetSchemaVersion == null
                ? result.initialSchemaVersion : result.targetSchemaVersion));
    }

    /** Whether every module's migrations have been applied (for the readiness check). */
    public boolean applied() {
        return applied;
    }
}
