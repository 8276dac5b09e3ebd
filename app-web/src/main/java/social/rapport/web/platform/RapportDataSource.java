package social.rapport.web.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The PostgreSQL data source, from MicroProfile Config: {@code rapport.db.url}, {@code .user},
 * {@code .password} (environment {@code RAPPORT_DB_URL}, ...). The run command sets them, to an
 * embedded PostgreSQL when the operator names none.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/rapport",
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=rapport.db.url}",
        user = "${MPCONFIG=rapport.db.user}",
        password = "${MPCONFIG=rapport.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32)
@ApplicationScoped
public class RapportDataSource {
}
