package dev.wanr2v.spi.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class ReadingsTest {

    @Example
    void epochSecondsMillisecondsAndIsoTextAreTimes() {
        Instant t = Instant.parse("2026-03-20T05:21:44Z");
        assertThat(Readings.instant("1773984104")).contains(t);
        assertThat(Readings.instant(" 1773984104 ")).contains(t);
        assertThat(Readings.instant("1773984104.9")).contains(t);
        assertThat(Readings.instant("1773984104000")).contains(t);
        assertThat(Readings.instant("2026-03-20T05:21:44Z")).contains(t);
        assertThat(Readings.instant("2026-03-20T13:21:44+08:00")).contains(t);
        assertThat(Readings.instant("2026-03-20T05:21:44.5Z")).contains(t.plusMillis(500));
    }

    @Example
    void zeroNegativeAndGarbageAreNoTime() {
        for (String s : new String[] {null, "", " ", "0", "-5", "yesterday", "2026-03-20 05:21:44", "99999999999999999999",
            "1e400", "NaN"}) {
            assertThat(Readings.instant(s)).as(s).isEmpty();
        }
    }

    @Property(tries = 200)
    void secondsAndMillisecondsAgree(@ForAll @LongRange(min = 1, max = 99_999_999_999L) long seconds) {
        assertThat(Readings.instant(Long.toString(seconds))).contains(Instant.ofEpochSecond(seconds));
        if (seconds * 1000 >= 100_000_000_000L) {
            assertThat(Readings.instant(Long.toString(seconds * 1000))).contains(Instant.ofEpochSecond(seconds));
        }
    }

    @Example
    void decimalsAreExact() {
        assertThat(Readings.decimal("0.0065")).contains(new BigDecimal("0.0065"));
        assertThat(Readings.decimal(" 5.0 ")).hasValueSatisfying(d -> assertThat(d.toPlainString()).isEqualTo("5.0"));
        assertThat(Readings.decimal("1e3")).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("1000"));
        assertThat(Readings.decimal("5 USD")).isEmpty();
        assertThat(Readings.decimal(null)).isEmpty();
        assertThat(Readings.decimal("1".repeat(101))).isEmpty();
    }

    @Example
    void percentProgressIsAFractionOfOne() {
        assertThat(Readings.percentProgress("42")).contains(0.42);
        assertThat(Readings.percentProgress(" 42 % ")).contains(0.42);
        assertThat(Readings.percentProgress("100")).contains(1.0);
        assertThat(Readings.percentProgress("0.5")).contains(0.005);
        assertThat(Readings.percentProgress("half")).isEmpty();
        assertThat(Readings.percentProgress(null)).isEmpty();
    }

    @Example
    void fractionProgressIsReadAsPercentWhenItSaysSoOrCannotBeAFraction() {
        assertThat(Readings.fractionProgress("0.42")).contains(0.42);
        assertThat(Readings.fractionProgress("1")).contains(1.0);
        assertThat(Readings.fractionProgress("42")).contains(0.42);
        assertThat(Readings.fractionProgress("0.5%")).contains(0.005);
        assertThat(Readings.fractionProgress("%")).isEmpty();
        assertThat(Readings.fractionProgress(null)).isEmpty();
    }
}
