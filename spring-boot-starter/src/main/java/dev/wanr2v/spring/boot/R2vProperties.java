package dev.wanr2v.spring.boot;

import dev.wanr2v.ConfigurationException;
import dev.wanr2v.ErrorDetails;
import dev.wanr2v.PollPolicy;
import dev.wanr2v.RetryPolicy;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.DurationUnit;

/**
 * The {@code wanr2v.*} properties the starter builds its {@link dev.wanr2v.R2vClient} from. Each one set
 * becomes the matching {@code R2v.builder()} call, so it wins over wan-r2v's own system properties and
 * environment variables; each one left unset is read by wan-r2v as usual (system property, then
 * environment variable such as {@code DASHSCOPE_API_KEY}, then the default). Durations are written
 * {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h}, ISO-8601 ({@code PT30S}) or a bare number of seconds.
 *
 * <p>No {@code toString()}: the API key must not reach a log.
 */
@ConfigurationProperties("wanr2v")
public class R2vProperties {
    /**
     * The provider id: dashscope, uniall, wan26api, or a third-party provider's. Default: the only provider
     * on the class path (else system property wanr2v.provider, then WAN_R2V_PROVIDER).
     */
    private String provider;

    /**
     * The provider's API key (a secret: never logged or shown). Default: the provider's own variable, e.g.
     * DASHSCOPE_API_KEY, UNIALL_API_KEY, WAN26API_API_KEY. Keep it out of application.yml: set that variable,
     * or WANR2V_API_KEY.
     */
    private String apiKey;

    /**
     * The vendor's base URL, e.g. a DashScope workspace host, your UniAll gateway, or a local emulator
     * (http://127.0.0.1:8089). Default: the provider's (DashScope: its region's host; UniAll has none).
     */
    private String baseUrl;

    /**
     * Any provider option by name, e.g. wanr2v.options.region=cn (DashScope), wanr2v.options.model=...
     * (UniAll), wanr2v.options.envelope=array (wan26api). 'wan-r2v providers' lists every provider's
     * options; kebab-case names are read as camelCase.
     */
    private final Map<String, String> options = new LinkedHashMap<>();

    /** How long to wait for a TCP/TLS connection. Default 10s. */
    @DurationUnit(ChronoUnit.SECONDS)
    private Duration connectTimeout;

    /** How long to wait for the answer to one HTTP call. Default 60s. */
    @DurationUnit(ChronoUnit.SECONDS)
    private Duration responseTimeout;

    /** The default deadline of a wait for a task (await, generate). Default 30m. */
    @DurationUnit(ChronoUnit.SECONDS)
    private Duration awaitTimeout;

    /** An HTTP proxy, http://host:port. Default: the JVM's https.proxyHost and https.proxyPort. */
    private String proxy;

    /**
     * Whether a plain http:// base URL is allowed on a host other than loopback (the API key would cross
     * the network in clear). Default false.
     */
    private Boolean allowInsecureHttp;

    /** The largest API answer read, in bytes; larger ones fail as unexpected. Default 4194304 (4 MiB). */
    private Long maxResponseBytes;

    /** How waits poll for a task's status. */
    private final Poll poll = new Poll();

    /** How single HTTP calls are retried. */
    private final Retry retry = new Retry();

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public Map<String, String> getOptions() {
        return options;
    }

    public Duration getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(Duration connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public Duration getResponseTimeout() {
        return responseTimeout;
    }

    public void setResponseTimeout(Duration responseTimeout) {
        this.responseTimeout = responseTimeout;
    }

    public Duration getAwaitTimeout() {
        return awaitTimeout;
    }

    public void setAwaitTimeout(Duration awaitTimeout) {
        this.awaitTimeout = awaitTimeout;
    }

    public String getProxy() {
        return proxy;
    }

    public void setProxy(String proxy) {
        this.proxy = proxy;
    }

    public Boolean getAllowInsecureHttp() {
        return allowInsecureHttp;
    }

    public void setAllowInsecureHttp(Boolean allowInsecureHttp) {
        this.allowInsecureHttp = allowInsecureHttp;
    }

    public Long getMaxResponseBytes() {
        return maxResponseBytes;
    }

    public void setMaxResponseBytes(Long maxResponseBytes) {
        this.maxResponseBytes = maxResponseBytes;
    }

    public Poll getPoll() {
        return poll;
    }

    public Retry getRetry() {
        return retry;
    }

    /** {@code wanr2v.poll.*}: the client's {@link PollPolicy}; what is not set keeps the default. */
    public static class Poll {
        /** The delay before the first status call of a wait. Default 2s. */
        @DurationUnit(ChronoUnit.SECONDS)
        private Duration initialDelay;

        /** The longest interval between status calls. Default: the provider's advice (DashScope 15s). */
        @DurationUnit(ChronoUnit.SECONDS)
        private Duration maxInterval;

        /** Growth of the interval from one status call to the next, at least 1. Default 1.5. */
        private Double multiplier;

        /** Random variation of each interval, 0 to 0.5, so that many waits do not poll in step. Default 0.2. */
        private Double jitter;

        public Duration getInitialDelay() {
            return initialDelay;
        }

        public void setInitialDelay(Duration initialDelay) {
            this.initialDelay = initialDelay;
        }

        public Duration getMaxInterval() {
            return maxInterval;
        }

        public void setMaxInterval(Duration maxInterval) {
            this.maxInterval = maxInterval;
        }

        public Double getMultiplier() {
            return multiplier;
        }

        public void setMultiplier(Double multiplier) {
            this.multiplier = multiplier;
        }

        public Double getJitter() {
            return jitter;
        }

        public void setJitter(Double jitter) {
            this.jitter = jitter;
        }

        /** The policy, or {@code null} when no {@code wanr2v.poll.*} property is set. */
        PollPolicy toPolicy() {
            if (initialDelay == null && maxInterval == null && multiplier == null && jitter == null) {
                return null;
            }
            PollPolicy d = PollPolicy.DEFAULT;
            try {
                return new PollPolicy(initialDelay != null ? initialDelay : d.initialDelay(),
                        maxInterval != null ? maxInterval : d.maxInterval(),
                        multiplier != null ? multiplier : d.multiplier(), jitter != null ? jitter : d.jitter());
            } catch (IllegalArgumentException e) {
                throw invalid("wanr2v.poll", PollPolicy.class, e);
            }
        }
    }

    /** {@code wanr2v.retry.*}: the client's {@link RetryPolicy}; what is not set keeps the default. */
    public static class Retry {
        /** Attempts of one call in all, the first included (1 = never retry). Default 4. */
        private Integer maxAttempts;

        /** The backoff ceiling before the first retry (each delay is random up to the ceiling). Default 1s. */
        @DurationUnit(ChronoUnit.SECONDS)
        private Duration initialDelay;

        /** The largest backoff; a longer Retry-After from the vendor ends the call. Default 30s. */
        @DurationUnit(ChronoUnit.SECONDS)
        private Duration maxDelay;

        /** Growth of the backoff ceiling per retry, at least 1. Default 2. */
        private Double multiplier;

        public Integer getMaxAttempts() {
            return maxAttempts;
        }

        public void setMaxAttempts(Integer maxAttempts) {
            this.maxAttempts = maxAttempts;
        }

        public Duration getInitialDelay() {
            return initialDelay;
        }

        public void setInitialDelay(Duration initialDelay) {
            this.initialDelay = initialDelay;
        }

        public Duration getMaxDelay() {
            return maxDelay;
        }

        public void setMaxDelay(Duration maxDelay) {
            this.maxDelay = maxDelay;
        }

        public Double getMultiplier() {
            return multiplier;
        }

        public void setMultiplier(Double multiplier) {
            this.multiplier = multiplier;
        }

        /** The policy, or {@code null} when no {@code wanr2v.retry.*} property is set. */
        RetryPolicy toPolicy() {
            if (maxAttempts == null && initialDelay == null && maxDelay == null && multiplier == null) {
                return null;
            }
            RetryPolicy d = RetryPolicy.DEFAULT;
            try {
                return new RetryPolicy(maxAttempts != null ? maxAttempts : d.maxAttempts(),
                        initialDelay != null ? initialDelay : d.initialDelay(),
                        maxDelay != null ? maxDelay : d.maxDelay(), multiplier != null ? multiplier : d.multiplier());
            } catch (IllegalArgumentException e) {
                throw invalid("wanr2v.retry", RetryPolicy.class, e);
            }
        }
    }

    /** The policy's own complaint, its component names replaced by the properties that set them. */
    private static ConfigurationException invalid(String prefix, Class<? extends Record> policy,
            IllegalArgumentException e) {
        String text = e.getMessage();
        for (RecordComponent c : policy.getRecordComponents()) {
            text = text.replaceAll("\\b" + c.getName() + "\\b", prefix + "." + kebab(c.getName()));
        }
        return new ConfigurationException("wan-r2v: " + text + " (properties not set keep their defaults)",
                ErrorDetails.none());
    }

    /** {@code maxInterval} to {@code max-interval}. */
    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
