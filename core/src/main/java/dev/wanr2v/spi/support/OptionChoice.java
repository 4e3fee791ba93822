package dev.wanr2v.spi.support;

import dev.wanr2v.ConfigurationException;
import dev.wanr2v.ErrorDetails;
import dev.wanr2v.internal.Redaction;
import dev.wanr2v.spi.ProviderConfig;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One value of an enum-valued provider option, such as DashScope's {@code region} ({@code intl},
 * {@code cn}, {@code us}): implemented by the enum whose constants are the values.
 *
 * <p>{@link #read} reads the option the same way for every provider: blanks around the value and case are
 * ignored, an unset option gives the default, and an unknown value is a {@link ConfigurationException}
 * with the standard message {@code [provider] region 'eu' is unknown; use one of intl (Singapore,
 * default), cn (Beijing), us (Virginia). Set it with …}.
 */
public interface OptionChoice {

    /** The value as it is written in the option, lower-case, e.g. {@code intl}. */
    String optionValue();

    /** A few words on what the value means, e.g. {@code Singapore}; empty for none. */
    default String description() {
        return "";
    }

    /**
     * The value option {@code option} of {@code config} chooses.
     *
     * @param config       the provider's configuration
     * @param option       the option's name, e.g. {@code region}
     * @param type         the enum of the values
     * @param defaultValue the value when the option is unset
     * @throws ConfigurationException for an unknown value, listing the valid ones and every way to set it
     */
    static <E extends Enum<E> & OptionChoice> E read(ProviderConfig config, String option, Class<E> type,
            E defaultValue) {
        String value = config.get(option).orElse(null);
        if (value == null) {
            return defaultValue;
        }
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.optionValue().equals(wanted)) {
                return e;
            }
        }
        throw new ConfigurationException("[" + config.providerId() + "] " + option + " '"
                + Redaction.shorten(value, 80) + "' is unknown; use one of " + describe(type, defaultValue) + ". "
                + config.howToSet(option), ErrorDetails.of(config.providerId()));
    }

    /**
     * The values for a message or an option's description, in declaration order:
     * {@code intl (Singapore, default), cn (Beijing), us (Virginia)}.
     */
    static <E extends Enum<E> & OptionChoice> String describe(Class<E> type, E defaultValue) {
        return Arrays.stream(type.getEnumConstants()).map(e -> {
            String notes = e.description().isEmpty() ? "" : e.description();
            if (e == defaultValue) {
                notes = notes.isEmpty() ? "default" : notes + ", default";
            }
            return notes.isEmpty() ? e.optionValue() : e.optionValue() + " (" + notes + ")";
        }).collect(Collectors.joining(", "));
    }
}
