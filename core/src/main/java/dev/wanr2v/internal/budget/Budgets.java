package dev.wanr2v.internal.budget;

import dev.wanr2v.internal.config.BudgetSettings;
import dev.wanr2v.internal.engine.Scheduler;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Which budget a client draws on. With budgets on, clients of one account share one: the budget the user
 * gave ({@link dev.wanr2v.AccountBudget}), else the JVM-wide one of the same provider, endpoint and API key
 * (keyed by a hash of the key, never the key). Switched off, or on a test's own scheduler, a client gets a
 * budget of its own.
 */
public final class Budgets {
    private static final Map<String, SharedBudget> SHARED = new HashMap<>();

    private Budgets() {
    }

    /**
     * Joins the client's budget.
     *
     * @param clientScheduler the client's scheduler
     * @param injected        whether that scheduler is a test's (then budgets are not shared JVM-wide)
     * @param own             makes a scheduler for a shared budget
     */
    public static Member join(BudgetSettings settings, String providerId, String endpoint, String secret,
            Executor workers, Scheduler clientScheduler, boolean injected, Supplier<Scheduler> own) {
        if (!settings.enabled()) {
            return new Budget(settings.limits(), false, clientScheduler, false).alone(providerId, workers);
        }
        if (settings.shared() != null) {
            return settings.shared().join(settings.limits(), providerId, workers, injected ? clientScheduler : null,
                    own);
        }
        if (injected) {
            return new Budget(settings.limits(), true, clientScheduler, false).alone(providerId, workers);
        }
        String key = providerId + "\n" + endpoint + "\n" + sha256(secret == null ? "" : secret);
        synchronized (SHARED) {
            SharedBudget shared = SHARED.computeIfAbsent(key, Budgets::registered);
            return shared.join(settings.limits(), providerId, workers, null, own);
        }
    }

    private static SharedBudget registered(String key) {
        SharedBudget[] self = new SharedBudget[1];
        self[0] = new SharedBudget(() -> {
            synchronized (SHARED) {
                if (self[0].isEmpty()) {
                    SHARED.remove(key, self[0]);
                }
            }
        });
        return self[0];
    }

    /** Budgets shared JVM-wide now (for tests). */
    static int sharedCount() {
        synchronized (SHARED) {
            return SHARED.size();
        }
    }

    private static String sha256(String s) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
