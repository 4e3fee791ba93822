package dev.wanr2v.micrometer;

import dev.wanr2v.ErrorCategory;
import dev.wanr2v.spi.Operation;
import java.util.Locale;

/** The values keys and tags take, shared by conventions and meters. */
final class Values {
    static final String NONE = "none";
    static final String UNKNOWN = "unknown";
    /** OpenTelemetry's {@code error.type} for an error of no known kind. */
    static final String OTHER = "_OTHER";

    private Values() {
    }

    /**
     * {@code gen_ai.operation.name}: OpenTelemetry names no operation of asynchronous video generation, so these
     * follow its style ({@code verb_noun}) and the task's life: create, get (poll), cancel.
     */
    static String operation(Operation operation) {
        return switch (operation) {
            case CREATE -> "create_task";
            case STATUS -> "get_task";
            case CANCEL -> "cancel_task";
            case COST_ESTIMATE -> "estimate_cost";
            case UPLOAD -> "upload";
            case DOWNLOAD -> "download";
        };
    }

    static String error(ErrorCategory category) {
        return category == null ? NONE : lower(category.name());
    }

    static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
