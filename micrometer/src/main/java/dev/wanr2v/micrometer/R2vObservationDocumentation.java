package dev.wanr2v.micrometer;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * The observations a wan-r2v client records, their names and keys (Micrometer's documentation format, also what
 * the README lists). Names follow OpenTelemetry's GenAI conventions where they have one.
 */
public enum R2vObservationDocumentation implements ObservationDocumentation {

    /**
     * One HTTP exchange with the vendor or its file host: each attempt of a create, status, cancel, cost
     * estimate, upload or download. Contextual name {@code "{gen_ai.operation.name} {gen_ai.request.model}"}, e.g.
     * {@code get_task wan2.6-r2v-flash}; the operation alone when the model is unknown.
     */
    CALL {
        @Override
        public String getName() {
            return "gen_ai.client.operation";
        }

        @Override
        public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
            return DefaultR2vCallConvention.class;
        }

        @Override
        public KeyName[] getLowCardinalityKeyNames() {
            return CallLowKey.values();
        }

        @Override
        public KeyName[] getHighCardinalityKeyNames() {
            return CallHighKey.values();
        }
    },

    /**
     * One task from its submit (or, for a task resumed from a token, the start of its wait) to its end. Contextual
     * name {@code "generate_video {gen_ai.request.model}"}. With a tracer its calls are its children.
     */
    TASK {
        @Override
        public String getName() {
            return "wanr2v.task";
        }

        @Override
        public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
            return DefaultR2vTaskConvention.class;
        }

        @Override
        public KeyName[] getLowCardinalityKeyNames() {
            return TaskLowKey.values();
        }

        @Override
        public KeyName[] getHighCardinalityKeyNames() {
            return TaskHighKey.values();
        }
    };

    /** Low-cardinality keys of {@link #CALL} (tags of its timer). */
    public enum CallLowKey implements KeyName {
        /** {@code create_task}, {@code get_task}, {@code cancel_task}, {@code estimate_cost}, {@code upload}, {@code download}. */
        OPERATION("gen_ai.operation.name"),
        /** The provider's id: {@code dashscope}, {@code uniall}, {@code wan26api}, or a third party's. */
        PROVIDER("gen_ai.provider.name"),
        /** The vendor's model id, e.g. {@code wan2.6-r2v-flash}; {@code unknown} when not known. */
        MODEL("gen_ai.request.model"),
        /** The error category in lower case, e.g. {@code rate_limited}; {@code none} when the exchange served. */
        ERROR_TYPE("error.type"),
        /** The answer's HTTP status, e.g. {@code 200}; {@code none} when no answer arrived. */
        STATUS_CODE("http.response.status_code");

        private final String key;

        CallLowKey(String key) {
            this.key = key;
        }

        @Override
        public String asString() {
            return key;
        }
    }

    /** High-cardinality keys of {@link #CALL} (span attributes only). */
    public enum CallHighKey implements KeyName {
        /** The vendor's task id, for calls about a task (status, cancel, download). */
        TASK_ID("wanr2v.task.id"),
        /** The vendor's request id, when its answer carried one. */
        REQUEST_ID("wanr2v.request.id"),
        /** 1 for the operation's first exchange, 2 for the next (a retry, or a throttled create sent again)... */
        ATTEMPT("wanr2v.attempt");

        private final String key;

        CallHighKey(String key) {
            this.key = key;
        }

        @Override
        public String asString() {
            return key;
        }
    }

    /** Low-cardinality keys of {@link #TASK}. */
    public enum TaskLowKey implements KeyName {
        /** As for calls. */
        PROVIDER("gen_ai.provider.name"),
        /** As for calls; a resumed task's is learnt from a status answer that names it. */
        MODEL("gen_ai.request.model"),
        /** {@code succeeded}, {@code failed}, {@code canceled}, {@code expired}, {@code timed_out}, {@code abandoned}. */
        OUTCOME("wanr2v.task.outcome"),
        /** The error category of a task that did not succeed, e.g. {@code task_failed}; {@code none} otherwise. */
        ERROR_TYPE("error.type"),
        /** {@code true} for a wait on a task this client did not submit (resumed from a token). */
        RESUMED("wanr2v.task.resumed");

        private final String key;

        TaskLowKey(String key) {
            this.key = key;
        }

        @Override
        public String asString() {
            return key;
        }
    }

    /** High-cardinality keys of {@link #TASK}. */
    public enum TaskHighKey implements KeyName {
        /** The vendor's task id, once the vendor accepted it. */
        TASK_ID("wanr2v.task.id"),
        /** The prompt: only with {@link R2vObservations.Builder#includePrompt(boolean)}. */
        PROMPT("wanr2v.prompt") {
            @Override
            public boolean isRequired() {
                return false;
            }
        };

        private final String key;

        TaskHighKey(String key) {
            this.key = key;
        }

        @Override
        public String asString() {
            return key;
        }
    }
}
