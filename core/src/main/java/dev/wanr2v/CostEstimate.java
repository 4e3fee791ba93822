package dev.wanr2v;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the vendor says a request would cost, before submitting it. Only providers that declare
 * {@link dev.wanr2v.spi.Feature#COST_ESTIMATE} offer it.
 */
public final class CostEstimate {
    private final BigDecimal amount;
    private final String currency;
    private final BigDecimal discount;
    private final Map<String, String> raw;

    /**
     * @param amount   the estimated cost, exact
     * @param currency the currency, e.g. {@code USD}
     * @param discount the discount as the vendor reports it, or {@code null}
     * @param raw      every value the vendor sent, as text
     */
    public CostEstimate(BigDecimal amount, String currency, BigDecimal discount, Map<String, String> raw) {
        this.amount = Objects.requireNonNull(amount, "amount");
        this.currency = Objects.requireNonNull(currency, "currency");
        this.discount = discount;
        this.raw = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(raw == null ? Map.of() : raw));
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public Optional<BigDecimal> discount() {
        return Optional.ofNullable(discount);
    }

    public Map<String, String> raw() {
        return raw;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CostEstimate c && amount.compareTo(c.amount) == 0 && currency.equals(c.currency)
                && Objects.equals(discount, c.discount);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount.stripTrailingZeros(), currency);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency + (discount == null ? "" : " (discount " + discount + ")");
    }
}
