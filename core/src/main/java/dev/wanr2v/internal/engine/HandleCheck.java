package dev.wanr2v.internal.engine;

import dev.wanr2v.ConfigurationException;
import dev.wanr2v.ErrorDetails;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.spi.support.BaseUrlRule;

/** Whether a task handle belongs to a client: the same provider, the same endpoint (base URLs normalised). */
final class HandleCheck {
    private final String providerId;
    private final String endpointKey;

    HandleCheck(String providerId, String endpoint) {
        this.providerId = providerId;
        this.endpointKey = key(endpoint);
    }

    /** The client's endpoint, normalised as handles carry it. */
    String endpointKey() {
        return endpointKey;
    }

    void check(TaskHandle handle) {
        String id = providerId;
        if (!handle.providerId().equals(id)) {
            throw new ConfigurationException("[" + id + "] task " + handle.taskId() + " belongs to provider '"
                    + handle.providerId() + "'; use a client for that provider", ErrorDetails.of(id));
        }
        if (!key(handle.endpoint()).equals(endpointKey)) {
            throw new ConfigurationException("[" + id + "] task " + handle.taskId() + " was submitted to "
                    + handle.endpoint() + ", but this client talks to " + endpointKey
                    + "; configure the client for that endpoint (base URL or region) to reach it",
                    ErrorDetails.of(id));
        }
    }

    private static String key(String endpoint) {
        return BaseUrlRule.normalize(endpoint);
    }
}
