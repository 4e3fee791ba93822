package dev.wanr2v.temporal;

import dev.wanr2v.R2vRequest;
import java.time.Instant;
import java.util.Objects;

/**
 * What a {@link GenerationWorkflow} is started with: a request to create, or the token of a task created
 * elsewhere to follow, and the options.
 *
 * @param request the request; {@code null} when {@code resume} is set
 * @param resume  a task that exists already (from {@link #resume(String)}, or carried over when the workflow
 *                continues as new); {@code null} to create one
 * @param options how the workflow behaves
 */
public record GenerationInput(RequestInput request, Resume resume, GenerationOptions options) {

    /** Checks that exactly one of request and resume is set; {@code null} options become the defaults. */
    public GenerationInput {
        if ((request == null) == (resume == null)) {
            throw new IllegalArgumentException("a generation has either a request to create or a task to resume"
                    + " (its token), not " + (request == null ? "neither" : "both"));
        }
        options = options == null ? GenerationOptions.defaults() : options;
    }

    /** Creates a task for this request, with the default options. */
    public static GenerationInput of(R2vRequest request) {
        return of(RequestInput.of(request));
    }

    /** Creates a task for this request, with the default options. */
    public static GenerationInput of(RequestInput request) {
        return new GenerationInput(Objects.requireNonNull(request, "request"), null, null);
    }

    /**
     * Follows a task created elsewhere (a {@code TaskHandle.toToken()}, e.g. from {@code wan-r2v submit}): no
     * create is sent; the wait's deadline counts from the workflow's start.
     */
    public static GenerationInput resume(String token) {
        return new GenerationInput(null, new Resume(token, null, 0), null);
    }

    /** This input with other options. */
    public GenerationInput withOptions(GenerationOptions newOptions) {
        return new GenerationInput(request, resume, newOptions);
    }

    /**
     * A task that exists already.
     *
     * @param token    the task's token ({@code TaskHandle.toToken()})
     * @param deadline the wait's deadline, or {@code null} for {@link GenerationOptions#awaitTimeout()} from now
     * @param polls    status calls made so far (the poll interval grows with them)
     */
    public record Resume(String token, Instant deadline, int polls) {
        /** Checks the token is present and the count is not negative. */
        public Resume {
            Objects.requireNonNull(token, "token");
            if (polls < 0) {
                throw new IllegalArgumentException("polls must not be negative");
            }
        }
    }
}
