package social.rapport.core.database;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import social.rapport.spi.platform.Database;

/** The {@link Database} platform service: the application's JTA data source and transactions. */
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
}
