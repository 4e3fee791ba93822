package dev.wanr2v.spring.boot;

import dev.wanr2v.ConfigurationException;
import dev.wanr2v.ErrorDetails;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.NestedConfigurationProperty;
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

    /**
     * Whether calls keep to the account's limits: each waits for its budget, a create the vendor throttles waits
     * and is sent again, polls are planned within the query budget. false: calls go out at once and are only
     * counted. Default true.
     */
    private Boolean budgets;

    /**
     * Creates per second the account allows (every process and key of it). Default: the provider's declared
     * limit, which 'wan-r2v providers' lists (DashScope 5).
     */
    private Double createRate;

    /**
     * Status queries and other API calls per second the account allows. Default: the provider's declared limit
     * (DashScope 20).
     */
    private Double queryRate;

    /** Tasks the account runs at once, 0 for no limit. Default: the provider's (DashScope 5). */
    private Integer runningTasks;

    /**
     * Whether tasks beyond running-tasks wait in the vendor's queue (true: creates go on) or are refused (false:
     * creates wait here until a task ends). Default: the provider's (DashScope true).
     */
    private Boolean vendorQueue;

    /**
     * How long a create may wait for budget (the create rate, a running-task slot, the vendor's throttling)
     * before it fails as rate limited, nothing sent. Default 30m.
     */
    @DurationUnit(ChronoUnit.SECONDS)
    private Duration submitTimeout;

    /** How waits poll for a task's status. */
    @NestedConfigurationProperty
    private final PollProperties poll = new PollProperties();

    /** How single HTTP calls are retried. */
    @NestedConfigurationProperty
    private final RetryProperties retry = new RetryProperties();

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

    public Boolean getBudgets() {
        return budgets;
    }

    public void setBudgets(Boolean budgets) {
        this.budgets = budgets;
    }

    public Double getCreateRate() {
        return createRate;
    }

    public void setCreateRate(Double createRate) {
        this.createRate = createRate;
    }

    public Double getQueryRate() {
        return queryRate;
    }

    public void setQueryRate(Double queryRate) {
        this.queryRate = queryRate;
    }

    public Integer getRunningTasks() {
        return runningTasks;
    }

    public void setRunningTasks(Integer runningTasks) {
        this.runningTasks = runningTasks;
    }

    public Boolean getVendorQueue() {
        return vendorQueue;
    }

    public void setVendorQueue(Boolean vendorQueue) {
        this.vendorQueue = vendorQueue;
    }

    public Duration getSubmitTimeout() {
        return submitTimeout;
    }

    public void setSubmitTimeout(Duration submitTimeout) {
        this.submitTimeout = submitTimeout;
    }

    public PollProperties getPoll() {
        return poll;
    }

    public RetryProperties getRetry() {
        return retry;
    }

    /** The policy's own complaint, its component names replaced by the properties that set them. */
    static ConfigurationException invalid(String prefix, Class<? extends Record> policy,
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
