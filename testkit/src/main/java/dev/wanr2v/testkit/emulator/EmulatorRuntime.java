package dev.wanr2v.testkit.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.testkit.StatusScript;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The state of one running emulator and the handling of each request: route, faults, protocol, journal. */
final class EmulatorRuntime implements EmulatorContext {
    private static final Logger LOG = LoggerFactory.getLogger(Emulator.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    final VendorProtocol protocol;
    final EmulatorOptions options;
    final TaskStore tasks;
    final AccountLimiter account;
    final FaultPlan faults = new FaultPlan();
    final Journal journal = new Journal();
    private final SignedFiles files = new SignedFiles();
    private volatile String baseUrl = "http://127.0.0.1:0";

    EmulatorRuntime(VendorProtocol protocol, EmulatorOptions options) {
        this.protocol = protocol;
        this.options = options;
        this.tasks = new TaskStore(options.defaultScript(), protocol.outcomes(), options.accountLimits(),
                options.speed());
        this.account = new AccountLimiter(options.accountLimits());
    }

    void baseUrl(String url) {
        this.baseUrl = url;
    }

    Answer dispatch(Exchange exchange) {
        Optional<Route> route = files.route(exchange.method(), exchange.path())
                .or(() -> protocol.route(exchange.method(), exchange.path()));
        Optional<AccountLimits.Throttle> throttle = route.flatMap(r -> account.admit(r.operation(),
                !options.accountLimits().isNone() && authorized(exchange), exchange.time()));
        Fault fault = throttle.isPresent() ? null : route.flatMap(r -> faults.pick(r.operation())).orElse(null);
        Reply real = throttle.isPresent() ? protocol.throttled(throttle.get(), this)
                : fault == null || fault.handled() ? handle(route, exchange) : null;
        Answer answer = fault == null ? Answer.of(real) : Answer.spoiled(fault, real, protocol, this);
        journal.add(new RecordedRequest(exchange, route.orElse(null), answer.network() != null ? null : answer.reply(),
                fault));
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} emulator: {} {} -> {}{}", protocol.providerId(), exchange.method(), exchange.path(),
                    answer.status(), fault == null ? "" : " (fault " + fault.getClass().getSimpleName() + ")");
        }
        return answer;
    }

    private Reply handle(Optional<Route> route, Exchange exchange) {
        if (route.isEmpty()) {
            return protocol.error(404, null, "No route for " + exchange.method() + " " + exchange.path(), this);
        }
        if (route.get().operation() == Operation.DOWNLOAD) {
            return files.serve(route.get(), exchange, now());
        }
        try {
            return protocol.handle(route.get(), exchange, this);
        } catch (WireRejection r) {
            return protocol.error(r.status(), r.code(), r.getMessage(), this);
        } catch (TaskStore.QueueFull full) {
            account.throttledLate(route.get().operation());
            return protocol.throttled(AccountLimits.Throttle.QUEUE_FULL, this);
        } catch (RuntimeException e) {
            LOG.warn("{} emulator: failed to handle {} {}", protocol.providerId(), exchange.method(),
                    exchange.path(), e);
            return protocol.error(500, null, null, this);
        }
    }

    @Override
    public Instant now() {
        return options.clock().instant();
    }

    @Override
    public TaskState createTask(Exchange exchange, String id, R2vRequest request) {
        return createTask(exchange, id, request, null);
    }

    @Override
    public TaskState createTask(Exchange exchange, String id, R2vRequest request, StatusScript script) {
        Instant now = now();
        EmulatedTask task = tasks.create(id, request, now, script);
        exchange.created(id);
        return state(task, now);
    }

    @Override
    public Optional<TaskState> task(String id) {
        Instant now = now();
        return tasks.get(id).map(t -> state(t, now));
    }

    @Override
    public List<TaskState> tasks() {
        Instant now = now();
        return tasks.all().stream().map(t -> state(t, now)).toList();
    }

    @Override
    public boolean cancelIfQueued(String id) {
        Instant now = now();
        return tasks.get(id).map(t -> tasks.cancelIfQueued(t, now, options.speed())).orElse(false);
    }

    AccountActivity activity() {
        TaskStore.Occupancy slots = tasks.occupancy(now());
        return new AccountActivity(options.accountLimits(), account.calls(), slots.running(), slots.queued(),
                slots.mostRunning(), slots.mostQueued());
    }

    TaskState state(EmulatedTask task, Instant now) {
        tasks.advance(now);
        return task.stateAt(now, options.speed(), options.resultLifetime(),
                (id, expires) -> files.url(baseUrl, id, expires));
    }

    @Override
    public boolean authorized(Exchange exchange) {
        Optional<String> token = exchange.bearerToken();
        if (options.apiKey() == null) {
            return token.isPresent();
        }
        return token.isPresent() && MessageDigest.isEqual(token.get().getBytes(StandardCharsets.UTF_8),
                options.apiKey().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String newRequestId() {
        return UUID.randomUUID().toString();
    }

    @Override
    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public ObjectMapper json() {
        return JSON;
    }
}
