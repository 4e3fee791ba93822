package dev.wanr2v;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * What is known about a failure besides its category and message.
 *
 * <p>Every field may be unknown. Values are the vendor's own; none of them ever holds a secret.
 */
public final class ErrorDetails {
    private static final ErrorDetails NONE = new Builder().build();

    private final String providerId;
    private final Integer httpStatus;
    private final String providerCode;
    private final String providerMessage;
    private final String requestId;
    private final Boolean retryable;

    private ErrorDetails(Builder b) {
        this.providerId = b.providerId;
        this.httpStatus = b.httpStatus;
        this.providerCode = b.providerCode;
        this.providerMessage = b.providerMessage;
        this.requestId = b.requestId;
        this.retryable = b.retryable;
    }

    /** No details. */
    public static ErrorDetails none() {
        return NONE;
    }

    /** Details naming only the provider. */
    public static ErrorDetails of(String providerId) {
        return builder().providerId(providerId).build();
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these details. */
    public Builder toBuilder() {
        return new Builder().providerId(providerId).httpStatus(httpStatus).providerCode(providerCode)
                .providerMessage(providerMessage).requestId(requestId).retryable(retryable);
    }

    /** The provider id, e.g. {@code dashscope}. */
    public Optional<String> providerId() {
        return Optional.ofNullable(providerId);
    }

    /** The HTTP status of the vendor's answer. */
    public OptionalInt httpStatus() {
        return httpStatus == null ? OptionalInt.empty() : OptionalInt.of(httpStatus);
    }

    /** The vendor's error code, e.g. {@code Throttling.RateQuota} or {@code 001028002}. */
    public Optional<String> providerCode() {
        return Optional.ofNullable(providerCode);
    }

    /** The vendor's error message. */
    public Optional<String> providerMessage() {
        return Optional.ofNullable(providerMessage);
    }

    /** The vendor's request id, to quote to its support. */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /** An explicit retryable flag, overriding the category's default. */
    public Optional<Boolean> retryable() {
        return Optional.ofNullable(retryable);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        if (httpStatus != null) {
            sb.append("HTTP ").append(httpStatus);
        }
        if (providerCode != null) {
            sb.append(sb.length() > 0 ? ", " : "").append("code ").append(providerCode);
        }
        if (requestId != null) {
            sb.append(sb.length() > 0 ? ", " : "").append("request ").append(requestId);
        }
        return sb.toString();
    }

    /** Builds {@link ErrorDetails}. */
    public static final class Builder {
        private String providerId;
        private Integer httpStatus;
        private String providerCode;
        private String providerMessage;
        private String requestId;
        private Boolean retryable;

        private Builder() {
        }

        public Builder providerId(String providerId) {
            this.providerId = providerId;
            return this;
        }

        public Builder httpStatus(Integer httpStatus) {
            this.httpStatus = httpStatus;
            return this;
        }

        public Builder providerCode(String providerCode) {
            this.providerCode = providerCode;
            return this;
        }

        public Builder providerMessage(String providerMessage) {
            this.providerMessage = providerMessage;
            return this;
        }

        public Builder requestId(String requestId) {
            this.requestId = requestId;
            return this;
        }

        public Builder retryable(Boolean retryable) {
            this.retryable = retryable;
            return this;
        }

        public ErrorDetails build() {
            return new ErrorDetails(this);
        }
    }
}
