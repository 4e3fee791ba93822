package dev.wanr2v.micrometer;

import dev.wanr2v.micrometer.R2vObservationDocumentation.CallHighKey;
import dev.wanr2v.micrometer.R2vObservationDocumentation.CallLowKey;
import dev.wanr2v.observation.CallEnd;
import dev.wanr2v.observation.CallStart;
import io.micrometer.common.KeyValues;

/**
 * The names and keys {@link R2vObservationDocumentation#CALL} lists. Keys known only at the end (error, status,
 * request id, a model learnt from the answer) read {@code none} or {@code unknown} while the exchange runs and
 * take their values when it stops.
 */
public class DefaultR2vCallConvention implements R2vCallConvention {

    @Override
    public String getName() {
        return R2vObservationDocumentation.CALL.getName();
    }

    @Override
    public String getContextualName(R2vCallContext context) {
        String model = model(context);
        String operation = Values.operation(context.start().operation());
        return model.equals(Values.UNKNOWN) ? operation : operation + " " + model;
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(R2vCallContext context) {
        CallStart start = context.start();
        CallEnd end = context.end().orElse(null);
        return KeyValues.of(CallLowKey.OPERATION.withValue(Values.operation(start.operation())),
                CallLowKey.PROVIDER.withValue(start.providerId()),
                CallLowKey.MODEL.withValue(model(context)),
                CallLowKey.ERROR_TYPE.withValue(end == null ? Values.NONE : Values.error(end.error().orElse(null))),
                CallLowKey.STATUS_CODE.withValue(end == null || end.httpStatus().isEmpty() ? Values.NONE
                        : String.valueOf(end.httpStatus().getAsInt())));
    }

    @Override
    public KeyValues getHighCardinalityKeyValues(R2vCallContext context) {
        KeyValues values = KeyValues.of(CallHighKey.ATTEMPT.withValue(String.valueOf(context.start().attempt())));
        if (context.start().handle().isPresent()) {
            values = values.and(CallHighKey.TASK_ID.withValue(context.start().handle().get().taskId()));
        }
        CallEnd end = context.end().orElse(null);
        return end == null || end.requestId().isEmpty() ? values
                : values.and(CallHighKey.REQUEST_ID.withValue(end.requestId().get()));
    }

    private static String model(R2vCallContext context) {
        return context.end().flatMap(CallEnd::model).or(() -> context.start().model()).orElse(Values.UNKNOWN);
    }
}
