package social.rapport.core.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import social.rapport.core.database.DatabaseMigrations;
import social.rapport.core.database.RapportDatabase;

/** Ready when PostgreSQL answers and every module's migrations have been applied. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    @Resource(lookup = RapportDatabase.JNDI_NAME)
    DataSource dataSource;

    @Inject
    DatabaseMigrations migrations;

    @Override
    public HealthCheckResponse call() {
        boolean reachable;
        try (Connection connection = dataSource.getConnection()) {
            reachable = connection.isValid(2);
        } catch (SQLException e) {
            reachable = false;
        }
        boolean migrated = migrations.applied();
        return HealthCheckResponse.named("database")
                .status(reachable && migrated)
                .withData("reachable", reachable)
                .withData("migrated", migrated)
                .build();
    }
}
