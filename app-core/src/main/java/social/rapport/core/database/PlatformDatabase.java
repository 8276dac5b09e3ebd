package social.rapport.core.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import social.rapport.spi.platform.Database;
import social.rapport.spi.platform.Jdbc;

/**
 * The {@link Database} platform service: the application's JTA data source and transactions; and
 * the {@link Jdbc} helper plugins inject for their own tables (dependent: a small object per injection point).
 */
@ApplicationScoped
public class PlatformDatabase implements Database {

    @Resource(lookup = RapportDatabase.JNDI_NAME)
    DataSource dataSource;

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRED)
    public <T> T inTransaction(Supplier<T> work) {
        return work.get();
    }

    @Produces
    Jdbc jdbc() {
        return new Jdbc(dataSource);
    }
}
