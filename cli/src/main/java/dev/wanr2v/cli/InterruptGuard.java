package dev.wanr2v.cli;

/**
 * While open, Ctrl-C (or SIGTERM) runs an action before the JVM exits: typically, print the token that
 * resumes the wait, and cancel the task remotely only if the user asked for it. A JVM shutdown hook;
 * closing the guard removes it, so a normal end prints nothing.
 */
public final class InterruptGuard implements AutoCloseable {
    private final Thread hook;

    private InterruptGuard(Runnable onInterrupt) {
        this.hook = new Thread(() -> {
            try {
                onInterrupt.run();
            } catch (RuntimeException e) {
                System.err.println("wan-r2v: " + e.getMessage());
            }
        }, "wan-r2v-interrupt");
    }

    /** Installs the action; close the guard when the wait is over. */
    public static InterruptGuard install(Runnable onInterrupt) {
        InterruptGuard guard = new InterruptGuard(onInterrupt);
        try {
            Runtime.getRuntime().addShutdownHook(guard.hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: nothing to guard
        }
        return guard;
    }

    /**
     * Removes the action; while the JVM shuts down (the action runs or ran), waits up to 15 s for it to end
     * first, so that what it uses (the client its cancel call goes through) is not closed under it: the wait
     * it guards may end because of that very cancel.
     */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            try {
                hook.join(15_000);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
