package social.rapport.core.cluster;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Listens on the cluster channel on a connection of its own (not from the pool: it is held for
 * the life of the instance) and fires each notice as a {@link ClusterNotice} event. A lost
 * connection is reopened after a pause; notices sent meanwhile are missed, which costs live
 * pages a reload, never data.
 */
@ApplicationScoped
public class ClusterListener {

    private static final Logger LOG = Logger.getLogger(ClusterListener.class.getName());
    private static final int WAIT_MILLIS = 1000;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    Event<ClusterNotice> notices;

    @Inject
    @ConfigProperty(name = "rapport.db.url")
    String url;

    @Inject
    @ConfigProperty(name = "rapport.db.user")
    String user;

    @Inject
    @ConfigProperty(name = "rapport.db.password")
    Optional<String> password; // empty under trust authentication: MicroProfile Config reads "" as no value

    private volatile boolean running;
    private final CountDownLatch listening = new CountDownLatch(1);
    private Thread thread;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ready) {
        running = true;
        thread = threads.newThread(this::listen);
        thread.setName("rapport-cluster-listener");
        thread.setDaemon(true);
        thread.start();
    }

    /** Waits (at most the given time) until the first LISTEN is in place; for start-up checks. */
    public boolean awaitListening(long millis) throws InterruptedException {
        return listening.await(millis, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listen() {
        while (running) {
            try (Connection connection = open(); Statement statement = connection.createStatement()) {
                statement.execute("listen " + ClusterBus.CHANNEL);
                listening.countDown();
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] heard = pg.getNotifications(WAIT_MILLIS);
                    if (heard != null) {
                        for (PGNotification notification : heard) {
                            deliver(ClusterNotice.parse(notification.getParameter()));
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    LOG.log(Level.WARNING, "cluster listener lost PostgreSQL; listening again in 2 s", e);
                    pause();
                }
            }
        }
    }

    private void deliver(ClusterNotice notice) {
        try {
            notices.fire(notice);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "an observer failed on cluster notice " + notice.topic(), e);
        }
    }

    private Connection open() throws SQLException {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setUrl(url);
        source.setUser(user);
        source.setPassword(password.orElse(""));
        source.setApplicationName("rapport-cluster-listener");
        source.setTcpKeepAlive(true);
        return source.getConnection();
    }

    private static void pause() {
        try {
            Thread.sleep(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
