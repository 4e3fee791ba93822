package dev.wanr2v.spring.boot;

import dev.wanr2v.ConfigurationException;
import java.util.List;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a start-up that failed on wan-r2v's configuration into Spring Boot's "APPLICATION FAILED TO
 * START" report: wan-r2v's own message as the description, and as the action where each builder call it
 * may name is set in a Spring Boot application.
 */
class R2vConfigurationFailureAnalyzer extends AbstractFailureAnalyzer<ConfigurationException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, ConfigurationException cause) {
        List<String> named = PropertyMapping.explain(cause.getMessage());
        String where = named.isEmpty()
                ? " The starter passes each wanr2v.* property that is set to R2v.builder(): " + PropertyMapping.table() + "."
                : " Here: " + String.join(", ", named) + ".";
        return new FailureAnalysis("wan-r2v could not build its client: " + cause.getMessage(),
                "Fix the setting the description names, in Spring Boot as a wanr2v.* property (application.yml,"
                        + " WANR2V_* environment variables, --wanr2v.* arguments)." + where + " A wanr2v.* property that"
                        + " is set wins; one left unset is read by wan-r2v itself from the system property or environment"
                        + " variable the description names (README.md#spring-boot).",
                cause);
    }
}
