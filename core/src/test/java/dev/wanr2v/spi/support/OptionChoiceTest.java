package dev.wanr2v.spi.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wanr2v.ConfigurationException;
import dev.wanr2v.spi.ConfigOption;
import dev.wanr2v.spi.ProviderConfig;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionChoiceTest {
    enum Flavour implements OptionChoice {
        VANILLA("vanilla", "the classic"), MINT("mint", ""), COCOA("cocoa", "dark");

        private final String value;
        private final String description;

        Flavour(String value, String description) {
            this.value = value;
            this.description = description;
        }

        @Override
        public String optionValue() {
            return value;
        }

        @Override
        public String description() {
            return description;
        }
    }

    enum Bare implements OptionChoice {
        ONE, TWO;

        @Override
        public String optionValue() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static ProviderConfig config(String value) {
        return new ProviderConfig("acme", List.of(ConfigOption.optional("flavour", "the flavour", null,
                "ACME_FLAVOUR")), value == null ? Map.of() : Map.of("flavour", value));
    }

    @Test
    void valuesAreReadIgnoringCaseAndBlanks() {
        assertThat(OptionChoice.read(config("mint"), "flavour", Flavour.class, Flavour.VANILLA)).isEqualTo(Flavour.MINT);
        assertThat(OptionChoice.read(config(" CoCoa "), "flavour", Flavour.class, Flavour.VANILLA))
                .isEqualTo(Flavour.COCOA);
        assertThat(OptionChoice.read(config(null), "flavour", Flavour.class, Flavour.MINT)).isEqualTo(Flavour.MINT);
    }

    @Test
    void anUnknownValueGetsTheStandardMessage() {
        assertThatThrownBy(() -> OptionChoice.read(config("durian"), "flavour", Flavour.class, Flavour.VANILLA))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("[acme] flavour 'durian' is unknown; use one of vanilla (the classic, default), mint,"
                        + " cocoa (dark). Set it with R2v.builder().option(\"flavour\", ..), -Dwanr2v.acme.flavour=..,"
                        + " or environment variable ACME_FLAVOUR.");
    }

    @Test
    void valuesWithoutDescriptionsAreListedPlainly() {
        assertThat(OptionChoice.describe(Bare.class, Bare.ONE)).isEqualTo("one (default), two");
        assertThat(OptionChoice.describe(Bare.class, null)).isEqualTo("one, two");
    }
}
