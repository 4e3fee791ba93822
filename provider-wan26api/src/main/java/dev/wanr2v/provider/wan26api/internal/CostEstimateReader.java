package dev.wanr2v.provider.wan26api.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wanr2v.CostEstimate;
import dev.wanr2v.spi.HttpReply;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the precharge answer, {@code {"status":"success","data":{"cost":"0.2","currency":"USD",
 * "discount":..}}}. A 2xx answer whose status is not {@code success} is a vendor error.
 */
final class CostEstimateReader {
    private CostEstimateReader() {
    }

    static CostEstimate read(HttpReply reply) {
        JsonNode root = Json.body(reply).orElseThrow(() -> new IllegalStateException("the gateway answered the"
                + " precharge call with HTTP " + reply.status() + " but no JSON object (" + reply + ")"));
        String status = Json.text(root, "status");
        if (status != null && !status.strip().equalsIgnoreCase("success")) {
            throw ErrorReader.inSuccessfulAnswer(root);
        }
        JsonNode values = Json.object(root, "data");
        BigDecimal cost = Json.decimal(values, "cost");
        if (cost == null) {
            throw new IllegalStateException("the gateway's precharge answer (HTTP " + reply.status()
                    + ") has no readable data.cost");
        }
        String currency = Json.text(values, "currency");
        Map<String, String> raw = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : values.properties()) {
            String v = Json.scalar(e.getValue());
            if (v != null) {
                raw.put(e.getKey(), v);
            }
        }
        return new CostEstimate(cost, currency == null || currency.isBlank() ? OutputReader.CURRENCY : currency.strip(),
                Json.decimal(values, "discount"), raw);
    }
}
