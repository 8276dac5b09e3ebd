package social.rapport.core.plugin;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import social.rapport.spi.Extension;

/**
 * Calls the enabled implementations of an extension point one by one, each isolated: an
 * exception, or a call that overruns its time budget ({@code rapport.plugins.call-budget-ms},
 * default 100), is logged and counted, and only that implementation's contribution is dropped.
 * The calls run on the server's managed executor, concurrently, so one slow plugin costs the
 * page at most one budget.
 */
@ApplicationScoped
public class PluginCalls {

    private static final Logger LOG = Logger.getLogger(PluginCalls.class.getName());

    @Inject
    PluginRegistry registry;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "rapport.plugins.call-budget-ms", defaultValue = "100")
    long budgetMillis;

    private final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();

    /** The contributions of every enabled implementation of {@code type}, in the extensions' order. */
    public <T extends Extension, R> List<R> collect(Class<T> type, Function<? super T, ? extends Collection<? extends R>> call) {
        List<T> implementations = registry.extensions(type);
        List<Future<? extends Collection<? extends R>>> futures = new ArrayList<>(implementations.size());
        for (T implementation : implementations) {
            futures.add(executor.submit(() -> call.apply(implementation)));
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(budgetMillis);
        List<R> results = new ArrayList<>();
        for (int i = 0; i < futures.size(); i++) {
            T implementation = implementations.get(i);
            Future<? extends Collection<? extends R>> future = futures.get(i);
            try {
                Collection<? extends R> contribution = future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (contribution != null) {
                    boolean hadNull = false;
                    for (R item : contribution) {
                        if (item == null) {
                            hadNull = true;
                        } else {
                            results.add(item);
                        }
                    }
                    if (hadNull) {
                        failed(type, implementation, "returned a null item (dropped)", null);
                    }
                }
            } catch (TimeoutException e) {
                future.cancel(true);
                failed(type, implementation, "exceeded its time budget of " + budgetMillis + " ms", null);
            } catch (ExecutionException e) {
                failed(type, implementation, "failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                future.cancel(true);
                break;
            }
        }
        return results;
    }

    /**
     * Calls every enabled implementation of {@code type} for its side effect (listeners), each
     * isolated like {@link #collect}: a failure or an overrun is logged and counted, never thrown.
     */
    public <T extends Extension> void each(Class<T> type, java.util.function.Consumer<? super T> call) {
        collect(type, implementation -> {
            call.accept(implementation);
            return List.<Object>of();
        });
    }

    /** Isolated failures per plugin id since this instance started (for the admin area). */
    public long failureCount(String pluginId) {
        AtomicLong count = failures.get(pluginId);
        return count == null ? 0 : count.get();
    }

    private void failed(Class<?> type, Extension implementation, String what, Throwable cause) {
        failures.computeIfAbsent(implementation.pluginId(), id -> new AtomicLong()).incrementAndGet();
        LOG.log(Level.WARNING, cause, () -> "Plugin " + implementation.pluginId() + ": " + type.getSimpleName() + " "
                + implementation.getClass().getName() + " " + what + "; its contribution is skipped");
    }
}
