package dev.wanr2v.temporal.internal;

import dev.wanr2v.temporal.RequestInput;
import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityMethod;
import java.time.Duration;

/**
 * The create: validates the request, prepares its media and sends one create (the engine resends only what the
 * vendor certainly did not accept). Runs on the create queue, never retried by Temporal.
 */
@ActivityInterface
public interface CreateActivity {

    /**
     * Creates the task.
     *
     * @return its token and the provider's poll advice
     */
    @ActivityMethod(name = "WanR2vCreate")
    Created create(RequestInput request);

    /**
     * What a create returns.
     *
     * @param token      the task's token
     * @param pollAdvice the provider's advised poll interval
     */
    record Created(String token, Duration pollAdvice) {
    }
}
