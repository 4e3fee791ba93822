package dev.wanr2v.internal.config;

import java.util.Arrays;
import java.util.List;

/**
 * The engine's own settings, each read from builder, system property {@code wanr2v.<name>} and
 * environment variable {@code WAN_R2V_<NAME>}. The README's configuration table lists them.
 */
public enum CoreSetting {
    PROVIDER("provider", "the provider id to use", "the only provider present"),
    CONNECT_TIMEOUT("connectTimeout", "how long to wait for a TCP/TLS connection", "10s"),
    RESPONSE_TIMEOUT("responseTimeout", "how long to wait for an answer to one HTTP call", "60s"),
    AWAIT_TIMEOUT("awaitTimeout", "overall deadline of a wait for a task", "30m"),
    PROXY("proxy", "HTTP proxy, http://host:port (else the JVM's https.proxyHost/Port)", "none"),
    ALLOW_INSECURE_HTTP("allowInsecureHttp", "allow a plain http:// base URL on a non-loopback host", "false"),
    MAX_RESPONSE_BYTES("maxResponseBytes", "largest API answer read, in bytes", "4194304"),
    BUDGETS("budgets", "keep to the account's limits (false: send at once, only count)", "true"),
    CREATE_RATE("createRate", "creates per second the account allows", "the provider's (DashScope 5)"),
    QUERY_RATE("queryRate", "other API calls per second the account allows", "the provider's (DashScope 20)"),
    RUNNING_TASKS("runningTasks", "tasks the account runs at once (0: no limit)", "the provider's (DashScope 5)"),
    VENDOR_QUEUE("vendorQueue", "whether tasks beyond runningTasks wait in the vendor's queue", "the provider's"),
    SUBMIT_TIMEOUT("submitTimeout", "how long a create may wait for budget before it fails", "30m");

    private final String key;
    private final String description;
    private final String defaultText;

    CoreSetting(String key, String description, String defaultText) {
        this.key = key;
        this.description = description;
        this.defaultText = defaultText;
    }

    public String key() {
        return key;
    }

    public String description() {
        return description;
    }

    public String defaultText() {
        return defaultText;
    }

    public String systemProperty() {
        return "wanr2v." + key;
    }

    public String envVar() {
        return SettingSources.envName(key);
    }

    static List<String> names() {
        return Arrays.stream(values()).map(CoreSetting::key).toList();
    }
}
