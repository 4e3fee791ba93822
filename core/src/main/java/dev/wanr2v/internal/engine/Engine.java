package dev.wanr2v.internal.engine;

import dev.wanr2v.RetryPolicy;
import dev.wanr2v.internal.budget.Budgets;
import dev.wanr2v.internal.budget.Member;
import dev.wanr2v.internal.config.ClientSettings;
import dev.wanr2v.internal.http.ApacheTransport;
import dev.wanr2v.internal.http.NamedThreads;
import dev.wanr2v.spi.ConfigOption;
import dev.wanr2v.spi.ErrorInfo;
import dev.wanr2v.spi.HttpReply;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.spi.ProviderCodec;
import dev.wanr2v.spi.support.StatusFallback;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every operation of one client shares: settings, codec, transport, the scheduler, a small
 * worker pool (reads answers, calls listeners), randomness for jitter, error mapping.
 */
final class Engine implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

    private final ClientSettings settings;
    private final ProviderCodec codec;
    private final URI endpoint;
    private final ApacheTransport transport;
    private final Scheduler scheduler;
    private final ExecutorService workers;
    private final ExecutorService uploads;
    private final DoubleSupplier random;
    private final ErrorMapper errors;
    private final Listeners listeners = new Listeners();
    private final Downloads downloads;
    private final Retries retries = new Retries(this);
    private final Member budget;

    Engine(ClientSettings settings, Scheduler scheduler, DoubleSupplier random) {
        NamedThreads threads = new NamedThreads();
        this.settings = settings;
        this.codec = settings.codec();
        this.endpoint = codec.endpoint();
        this.scheduler = scheduler != null ? scheduler : new ExecutorScheduler(threads.factory("scheduler"));
        this.random = random != null ? random : () -> ThreadLocalRandom.current().nextDouble();
        this.workers = new ThreadPoolExecutor(2, 2, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                threads.factory("worker"));
        // four threads that end when idle: a pool with no core threads and an unbounded queue would run
        // one task at a time, whatever its maximum says
        ThreadPoolExecutor media = new ThreadPoolExecutor(4, 4, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                threads.factory("media"));
        media.allowCoreThreadTimeOut(true);
        this.uploads = media;
        this.transport = new ApacheTransport(settings.connectTimeout(), settings.responseTimeout(), settings.proxy(),
                settings.maxResponseBytes(), threads);
        String apiKeyHelp = settings.provider().configOptions().stream()
                .anyMatch(o -> o.name().equals(ConfigOption.API_KEY))
                ? settings.config().howToSet(ConfigOption.API_KEY) : "";
        this.errors = new ErrorMapper(settings.provider().id(), settings.secret(), endpoint.toString(), apiKeyHelp,
                settings.responseTimeout(), settings.codec().capabilities().resultLifetime().orElse(null));
        this.downloads = new Downloads(this);
        this.budget = Budgets.join(settings.budget(), settings.provider().id(), endpoint.toString(), settings.secret(),
                workers, this.scheduler, scheduler != null, () -> new ExecutorScheduler(threads.factory("budget")));
    }

    /** This client's membership of its account's budget. */
    Member budget() {
        return budget;
    }

    /** Fetches result videos. */
    Downloads downloads() {
        return downloads;
    }

    ClientSettings settings() {
        return settings;
    }

    ProviderCodec codec() {
        return codec;
    }

    URI endpoint() {
        return endpoint;
    }

    ApacheTransport transport() {
        return transport;
    }

    Scheduler scheduler() {
        return scheduler;
    }

    ExecutorService workers() {
        return workers;
    }

    /** Blocking media work: inspection, hashing, user uploads. Threads exist only while there is work. */
    ExecutorService uploads() {
        return uploads;
    }

    DoubleSupplier random() {
        return random;
    }

    ErrorMapper errors() {
        return errors;
    }

    Listeners listeners() {
        return listeners;
    }

    RetryPolicy retryPolicy() {
        return settings.retryPolicy();
    }

    /** The one rule for sending failed calls again. */
    Retries retries() {
        return retries;
    }

    /** Whether an exchange is in flight or a worker has work (tests step manual time only when idle). */
    boolean busy() {
        ThreadPoolExecutor pool = (ThreadPoolExecutor) workers;
        return transport.inFlight() > 0 || pool.getActiveCount() > 0 || !pool.getQueue().isEmpty();
    }

    /** The codec's reading of an error answer; a codec that throws here still yields an error. */
    ErrorInfo readError(Operation op, HttpReply reply) {
        try {
            ErrorInfo info = codec.readError(op, reply);
            if (info != null) {
                return info;
            }
        } catch (RuntimeException e) {
            LOG.warn("wan-r2v: provider {} failed to read an error answer (HTTP {}); using the status alone",
                    settings.provider().id(), reply.status(), e);
        }
        return ErrorInfo.builder(StatusFallback.category(reply.status())).build();
    }

    @Override
    public void close() {
        budget.leave();
        scheduler.close();
        transport.close();
        workers.shutdownNow();
        uploads.shutdownNow();
    }
}
