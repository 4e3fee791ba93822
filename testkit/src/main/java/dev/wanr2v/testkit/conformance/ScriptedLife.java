package dev.wanr2v.testkit.conformance;

import dev.wanr2v.AwaitOptions;
import dev.wanr2v.ErrorCategory;
import dev.wanr2v.GeneratedVideo;
import dev.wanr2v.ProgressListener;
import dev.wanr2v.R2vException;
import dev.wanr2v.TaskFailure;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.TaskSnapshot;
import dev.wanr2v.TaskCanceledException;
import dev.wanr2v.TaskExpiredException;
import dev.wanr2v.TaskFailedException;
import dev.wanr2v.testkit.Outcome;
import dev.wanr2v.testkit.StatusScript;
import dev.wanr2v.testkit.emulator.Emulator;
import dev.wanr2v.testkit.emulator.TaskState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One task played from submission to its end: the emulator scripted, {@code generate} called with a
 * listener, and what came of it.
 *
 * @param script the task's scripted life
 * @param events what the listener heard
 * @param video  the result, if {@code generate} returned one
 * @param error  what {@code generate} threw, if it threw
 * @param task   the emulator's task at the end, if one was created
 */
record ScriptedLife(StatusScript script, List<EventLog.Event> events, GeneratedVideo video, R2vException error,
        Optional<TaskState> task) {

    /** Plays a script with the kit's minimal request and the shared client. */
    static ScriptedLife play(KitSession session, StatusScript script) {
        return play(session, script, ProgressListener.none(), KitSession.AWAIT);
    }

    /**
     * Plays a script, passing each status heard on to {@code also} (which may rescript the task), and
     * waiting at most {@code timeout}.
     */
    static ScriptedLife play(KitSession session, StatusScript script, ProgressListener also, Duration timeout) {
        Emulator emulator = session.freshEmulator();
        emulator.scriptNextTask(script);
        EventLog log = new EventLog(also);
        GeneratedVideo video = null;
        R2vException error = null;
        try {
            video = session.client().generate(KitRequests.minimal(session.capabilities()),
                    AwaitOptions.defaults().withListener(log).withTimeout(timeout));
        } catch (R2vException e) {
            error = e;
        }
        Optional<TaskState> task = emulator.tasks().stream().findFirst().flatMap(t -> emulator.task(t.id()));
        return new ScriptedLife(script, log.events(), video, error, task);
    }

    /** The handle the listener heard submitted, if the create succeeded. */
    Optional<TaskHandle> handle() {
        return events.stream().filter(e -> e.kind() == EventLog.Kind.SUBMITTED).map(EventLog.Event::handle)
                .findFirst();
    }

    /**
     * What is wrong with the way the wait ended, given the scripted outcome and the vendor's documented
     * errors; empty if nothing.
     */
    List<String> outcomeProblems(List<DocumentedError> documented) {
        List<String> problems = new ArrayList<>();
        Outcome outcome = script.outcome();
        if (outcome instanceof Outcome.Succeeded) {
            if (video == null) {
                problems.add("expected the video, but the wait ended with " + describe(error));
            } else {
                String expected = task.map(TaskState::videoUrl).orElse(null);
                if (!video.url().equals(expected)) {
                    problems.add("expected the video URL the vendor gave, " + withoutQuery(expected) + ", but got "
                            + withoutQuery(video.url()));
                }
            }
            return problems;
        }
        Class<? extends R2vException> expected = switch (outcome.kind()) {
            case FAILED -> TaskFailedException.class;
            case CANCELED -> TaskCanceledException.class;
            default -> TaskExpiredException.class;
        };
        if (video != null) {
            problems.add("expected " + expected.getSimpleName() + ", but got a video");
        } else if (!expected.isInstance(error)) {
            problems.add("expected " + expected.getSimpleName() + ", but the wait ended with " + describe(error));
        } else if (outcome instanceof Outcome.Failed failed) {
            if (!error.providerCode().orElse("").equals(failed.code())) {
                problems.add("expected the vendor's failure code " + failed.code() + ", but got "
                        + error.providerCode().orElse("none"));
            }
            if (!failed.message().isBlank() && error.providerMessage().isEmpty()) {
                problems.add("the vendor gave a failure message, but the exception carries none");
            }
            failureCategoryProblem(failed.code(), ((TaskFailedException) error).lastSnapshot()
                    .flatMap(TaskSnapshot::failure).map(TaskFailure::category).orElse(null), documented)
                    .ifPresent(problems::add);
        }
        return problems;
    }

    /**
     * A failure whose code the vendor documents as a content rejection or an invalid request is one; with
     * another documented code it is {@code TASK_FAILED} or the code's category; with an undocumented code,
     * anything.
     */
    static Optional<String> failureCategoryProblem(String code, ErrorCategory got,
            List<DocumentedError> documented) {
        Optional<ErrorCategory> meant = documented.stream().filter(d -> FactChecks.sameCode(d.code(), code))
                .map(DocumentedError::category).findFirst();
        if (meant.isEmpty() || got == meant.get()) {
            return Optional.empty();
        }
        boolean strict = meant.get() == ErrorCategory.CONTENT_REJECTED || meant.get() == ErrorCategory.INVALID_REQUEST;
        return strict || got != ErrorCategory.TASK_FAILED ? Optional.of("the failure's category is " + got
                + ", but the vendor documents " + code + " as " + meant.get()) : Optional.empty();
    }

    /** A URL without its query string, which may be signed. */
    static String withoutQuery(String url) {
        return url == null ? "none" : url.replaceFirst("\\?.*$", "?…");
    }

    static String describe(R2vException e) {
        return e == null ? "nothing" : e.getClass().getSimpleName() + " (" + e.getMessage() + ")";
    }
}
