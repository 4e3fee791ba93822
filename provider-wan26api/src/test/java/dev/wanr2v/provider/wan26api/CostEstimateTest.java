package dev.wanr2v.provider.wan26api;

import static dev.wanr2v.provider.wan26api.Fixtures.codec;
import static dev.wanr2v.provider.wan26api.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wanr2v.CostEstimate;
import dev.wanr2v.ErrorCategory;
import dev.wanr2v.spi.Feature;
import dev.wanr2v.spi.ProviderCodec;
import dev.wanr2v.spi.VendorErrorException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Reading the precharge answer. */
class CostEstimateTest {
    private final ProviderCodec codec = codec();

    @Test
    void costEstimatesAreDeclared() {
        assertThat(codec.capabilities().supports(Feature.COST_ESTIMATE)).isTrue();
        assertThat(new Wan26ApiProvider().capabilities().supports(Feature.COST_ESTIMATE)).isTrue();
    }

    @Test
    void aSuccessfulPrechargeIsAnExactEstimate() {
        CostEstimate e = codec.readCostEstimate(json(200,
                "{\"status\":\"success\",\"data\":{\"cost\":\"0.2\",\"currency\":\"USD\",\"discount\":0.9,"
                        + "\"extra\":{\"n\":1}},\"other\":1}"));
        assertThat(e.amount()).isEqualTo(new BigDecimal("0.2"));
        assertThat(e.currency()).isEqualTo("USD");
        assertThat(e.discount()).hasValue(new BigDecimal("0.9"));
        assertThat(e.raw()).containsEntry("cost", "0.2").containsEntry("currency", "USD")
                .containsEntry("discount", "0.9").doesNotContainKey("extra");
    }

    @Test
    void numbersKeepTheirScaleAndTheCurrencyDefaultsToUsd() {
        CostEstimate e = codec.readCostEstimate(json(200, "{\"status\":\"SUCCESS\",\"data\":{\"cost\":0.0650}}"));
        assertThat(e.amount()).isEqualTo(new BigDecimal("0.0650"));
        assertThat(e.amount().scale()).isEqualTo(4);
        assertThat(e.currency()).isEqualTo("USD");
        assertThat(e.discount()).isEmpty();
    }

    @Test
    void aNonSuccessStatusIsAVendorError() {
        assertThatThrownBy(() -> codec.readCostEstimate(json(200,
                "{\"status\":\"failed\",\"error\":{\"code\":\"001028002\",\"message\":\"max 5 images\"}}")))
                .isInstanceOfSatisfying(VendorErrorException.class, ex -> {
                    assertThat(ex.error().category()).isEqualTo(ErrorCategory.INVALID_REQUEST);
                    assertThat(ex.error().code()).hasValue("001028002");
                    assertThat(ex.error().message()).hasValue("max 5 images");
                    assertThat(ex.error().violations()).extracting(v -> v.ruleId()).containsExactly("R2V-REF-IMAGES");
                });
        // a message beside the status is in no document: not read (the error field is)
        assertThatThrownBy(() -> codec.readCostEstimate(json(200,
                "{\"status\":\"error\",\"message\":\"pricing unavailable\"}")))
                .isInstanceOfSatisfying(VendorErrorException.class, ex -> {
                    assertThat(ex.error().category()).isEqualTo(ErrorCategory.PROVIDER_ERROR);
                    assertThat(ex.error().message()).isEmpty();
                });
    }

    @Test
    void anUnreadableSuccessAnswerFailsClearly() {
        assertThatThrownBy(() -> codec.readCostEstimate(json(200, "{\"status\":\"success\",\"data\":{}}")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("data.cost");
        assertThatThrownBy(() -> codec.readCostEstimate(json(200, "{\"status\":\"success\",\"data\":{\"cost\":\"?\"}}")))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> codec.readCostEstimate(Fixtures.reply(200, "text/html", "<p>ok</p>")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("precharge");
        // without a status, an error field or a top-level cost is in no document: no cost, clearly
        assertThatThrownBy(() -> codec.readCostEstimate(json(200, "{\"error\":\"no price for this model\"}")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("data.cost");
        assertThatThrownBy(() -> codec.readCostEstimate(json(200, "{\"status\":\"success\",\"cost\":\"0.2\"}")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("data.cost");
    }
}
