package dev.wanr2v.micrometer;

import dev.wanr2v.R2vException;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.micrometer.R2vObservationDocumentation.TaskHighKey;
import dev.wanr2v.micrometer.R2vObservationDocumentation.TaskLowKey;
import dev.wanr2v.observation.TaskEnd;
import dev.wanr2v.observation.TaskOutcome;
import io.micrometer.common.KeyValues;

/**
 * The names and keys {@link R2vObservationDocumentation#TASK} lists. The outcome and error read {@code none}
 * while the task runs. The prompt is a key only when the convention is made with {@code includePrompt}.
 */
public class DefaultR2vTaskConvention implements R2vTaskConvention {
    private final boolean includePrompt;

    /** The convention without the prompt. */
    public DefaultR2vTaskConvention() {
        this(false);
    }

    /** @param includePrompt whether the prompt becomes high-cardinality key {@code wanr2v.prompt} (span attribute) */
    public DefaultR2vTaskConvention(boolean includePrompt) {
        this.includePrompt = includePrompt;
    }

    @Override
    public String getName() {
        return R2vObservationDocumentation.TASK.getName();
    }

    @Override
    public String getContextualName(R2vTaskContext context) {
        return context.model().map(m -> "generate_video " + m).orElse("generate_video");
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(R2vTaskContext context) {
        TaskEnd end = context.end().orElse(null);
        return KeyValues.of(TaskLowKey.PROVIDER.withValue(context.start().providerId()),
                TaskLowKey.MODEL.withValue(context.model().orElse(Values.UNKNOWN)),
                TaskLowKey.OUTCOME.withValue(end == null ? Values.NONE : end.outcome().value()),
                TaskLowKey.ERROR_TYPE.withValue(end == null ? Values.NONE : errorType(end)),
                TaskLowKey.RESUMED.withValue(String.valueOf(context.start().resumed())));
    }

    @Override
    public KeyValues getHighCardinalityKeyValues(R2vTaskContext context) {
        KeyValues values = context.handle().map(h -> KeyValues.of(TaskHighKey.TASK_ID.withValue(h.taskId())))
                .orElse(KeyValues.empty());
        if (includePrompt) {
            values = values.and(context.start().request().map(R2vRequest::prompt)
                    .map(p -> KeyValues.of(TaskHighKey.PROMPT.withValue(p))).orElse(KeyValues.empty()));
        }
        return values;
    }

    /** {@code error.type} of a task's end: its error's category, {@code none} on success, {@code _OTHER} if unknown. */
    static String errorType(TaskEnd end) {
        if (end.outcome() == TaskOutcome.SUCCEEDED) {
            return Values.NONE;
        }
        return end.error().map(R2vException::category).map(Values::error)
                .orElse(end.outcome() == TaskOutcome.ABANDONED ? Values.NONE : Values.OTHER);
    }
}
