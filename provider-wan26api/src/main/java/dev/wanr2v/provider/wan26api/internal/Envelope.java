package dev.wanr2v.provider.wan26api.internal;

import dev.wanr2v.spi.support.OptionChoice;

/**
 * The shape of the create body: seed 004's object form, or the gateway's array envelope
 * {@code "input":[{"params":{"input":{..},"parameters":{..}}}]}.
 */
public enum Envelope implements OptionChoice {
    /** {@code {"model","input":{..},"parameters":{..}}}, as seed 004 documents it (the default). */
    OBJECT("object", "seed 004"),
    /** {@code {"model","input":[{"params":{"input":{..},"parameters":{..}}}]}}. */
    ARRAY("array", "the gateway's params envelope");

    /** The name of the provider option. */
    public static final String OPTION = "envelope";

    private final String optionValue;
    private final String description;

    Envelope(String optionValue, String description) {
        this.optionValue = optionValue;
        this.description = description;
    }

    /** How the option value is written: {@code object} or {@code array}. */
    @Override
    public String optionValue() {
        return optionValue;
    }

    @Override
    public String description() {
        return description;
    }
}
