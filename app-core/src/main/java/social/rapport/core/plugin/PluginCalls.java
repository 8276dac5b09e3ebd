package social.rapport.core.plugin;

import jakarta.annotation.Resource;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
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
 * The calls run concurrently, so one slow plugin costs the page at most one budget.
 *
 * <p>Bulkheads: a call that overruns is cancelled (interrupted), but code that ignores the
 * interrupt keeps its thread. So each owner (a plugin, or the core) may have at most
 * {@code rapport.plugins.bulkhead} (default 4) such overdue calls still running; while it has
 * that many, its calls are skipped at once and counted, without waiting. Calls that answer within
 * the budget never count, so a healthy plugin under load is never skipped. The calls run on
 * threads of the server's managed thread factory, with the caller's context
 * ({@link ContextService}), in a pool that grows on demand: a stuck plugin holds at most its own
 * bulkhead's threads (and calls still within their budget), never those of another plugin or of
 * the core.
 */
@ApplicationScoped
public class PluginCalls {

    private static final Logger LOG = Logger.getLogger(PluginCalls.class.getName());

    @Inject
    PluginRegistry registry;

    @Resource
    ManagedThreadFactory threads;

    @Resource
    ContextService contexts;

    @Inject
    @ConfigProperty(name = "rapport.plugins.bulkhead", defaultValue = "4")
    int bulkhead;

    private ExecutorService executor;

    /** Per owner: its calls that overran their budget and have not returned yet. */
    private final Map<String, AtomicInteger> overdue = new ConcurrentHashMap<>();

    /** One submitted call: its future and whether it returned, or was declared overdue, first. */
    private record Call<R>(Future<R> future, AtomicInteger state, String owner) {
        static final int RUNNING = 0, RETURNED = 1, OVERDUE = 2;
    }

    @Inject
    @ConfigProperty(name = "rapport.plugins.call-budget-ms", defaultValue = "100")
    long budgetMillis;

    private final Map<String, AtomicLong> failures = new ConcurrentHashMap<>();

    @PostConstruct
    void start() {
        // no queue: every admitted call gets a thread at once; the bulkheads bound how many stuck ones each owner holds
        executor = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), threads);
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** The contributions of every enabled implementation of {@code type}, in the extensions' order. */
    public <T extends Extension, R> List<R> collect(Class<T> type, Function<? super T, ? extends Collection<? extends R>> call) {
        return collect(type, call, budgetMillis);
    }

    /**
     * {@link #collect} with a budget of its own: for background jobs (the weekly digest), where no
     * page waits and a page's budget would drop a healthy plugin's first, cold call.
     */
    public <T extends Extension, R> List<R> collect(Class<T> type, Function<? super T, ? extends Collection<? extends R>> call,
                                                    long budgetMillis) {
        List<T> implementations = registry.extensions(type);
        List<Call<? extends Collection<? extends R>>> futures = new ArrayList<>(implementations.size());
        for (T implementation : implementations) {
            futures.add(submit(type, implementation, call));
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(budgetMillis);
        List<R> results = new ArrayList<>();
        for (int i = 0; i < futures.size(); i++) {
            T implementation = implementations.get(i);
            Call<? extends Collection<? extends R>> submitted = futures.get(i);
            if (submitted == null) {
                continue; // its bulkhead was full: skipped and counted already
            }
            Future<? extends Collection<? extends R>> future = submitted.future();
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
                if (submitted.state().compareAndSet(Call.RUNNING, Call.OVERDUE)) {
                    overdue(submitted.owner()).incrementAndGet(); // until it returns, if it ever does
                }
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

    /** The call on the pool, unless the owner's bulkhead is full of overdue calls; null (counted as a failure) then. */
    private <T extends Extension, R> Call<R> submit(Class<T> type, T implementation, Function<? super T, R> call) {
        String owner = registry.ownerOf(implementation);
        AtomicInteger stuck = overdue(owner);
        if (stuck.get() >= Math.max(1, bulkhead)) {
            failed(type, implementation, "skipped: " + stuck.get() + " of its calls overran and are still running (bulkhead full)", null);
            return null;
        }
        @SuppressWarnings("unchecked")
        Callable<R> task = contexts.createContextualProxy((Callable<R>) () -> call.apply(implementation), Callable.class);
        AtomicInteger state = new AtomicInteger(Call.RUNNING);
        try {
            Future<R> future = executor.submit(() -> {
                try {
                    return task.call();
                } finally {
                    if (!state.compareAndSet(Call.RUNNING, Call.RETURNED)) {
                        stuck.decrementAndGet(); // it was overdue: its thread is free again
                    }
                }
            });
            return new Call<>(future, state, owner);
        } catch (RejectedExecutionException e) {
            failed(type, implementation, "could not be started", e);
            return null;
        }
    }

    private AtomicInteger overdue(String owner) {
        return overdue.computeIfAbsent(owner, o -> new AtomicInteger());
    }

    /** The plugin an extension belongs to, by its archive ({@link PluginRegistry#ownerOf}): use it, not {@code pluginId()}, to name its contributions. */
    public String ownerOf(Extension extension) {
        return registry.ownerOf(extension);
    }

    /** Calls of {@code owner} that overran their budget and are still running (for tests and the admin area). */
    public int overdueCalls(String owner) {
        AtomicInteger stuck = overdue.get(owner);
        return stuck == null ? 0 : stuck.get();
    }

    /** A plugin's Facelets fragment that was missing or failed to build or render: logged and counted like a failed call. */
    public void fragmentFailed(String pluginId, String fragment, Throwable cause) {
        failures.computeIfAbsent(pluginId, id -> new AtomicLong()).incrementAndGet();
        LOG.log(Level.WARNING, cause, () -> "Plugin " + pluginId + ": fragment " + fragment + " failed; the page is shown without it");
    }

    /** Isolated failures per plugin id since this instance started (for the admin area). */
    public long failureCount(String pluginId) {
        AtomicLong count = failures.get(pluginId);
        return count == null ? 0 : count.get();
    }

    private void failed(Class<?> type, Extension implementation, String what, Throwable cause) {
        String owner = registry.ownerOf(implementation);
        failures.computeIfAbsent(owner, id -> new AtomicLong()).incrementAndGet();
        LOG.log(Level.WARNING, cause, () -> "Plugin " + owner + ": " + type.getSimpleName() + " "
                + implementation.getClass().getName() + " " + what + "; its contribution is skipped");
    }
}
