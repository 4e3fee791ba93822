package dev.wanr2v.micrometer;

import static dev.wanr2v.micrometer.EmulatedClients.request;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.GeneratedVideo;
import dev.wanr2v.testkit.emulator.Emulator;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.otel.bridge.OtelBaggageManager;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Through Micrometer Tracing's OpenTelemetry bridge: a task is a span, its calls are its child spans. */
class TracingTest {
    private final InMemorySpanExporter spans = InMemorySpanExporter.create();

    private ObservationRegistry tracedRegistry(SdkTracerProvider provider) {
        OtelCurrentTraceContext context = new OtelCurrentTraceContext();
        OtelTracer tracer = new OtelTracer(provider.get("wan-r2v-test"), context, event -> { },
                new OtelBaggageManager(context, List.of(), List.of()));
        ObservationRegistry registry = ObservationRegistry.create();
        registry.observationConfig().observationHandler(new DefaultTracingObservationHandler(tracer));
        return registry;
    }

    @Test
    void aTaskIsASpanWithItsCreateAndStatusCallsAsChildren() {
        GeneratedVideo video;
        List<SpanData> all;
        try (SdkTracerProvider provider = SdkTracerProvider.builder()
                .addSpanProcessor(SimpleSpanProcessor.create(spans)).build();
                Emulator emulator = EmulatedClients.start();
                EmulatedClients dashscope = new EmulatedClients(emulator)) {
            video = dashscope.client(R2vObservations.of(tracedRegistry(provider))).generate(request());
            all = spans.getFinishedSpanItems(); // the exporter forgets them when the provider closes
        }

        SpanData task = all.stream().filter(s -> s.getName().equals("generate_video wan2.6-r2v-flash")).findFirst()
                .orElseThrow(() -> new AssertionError("no task span among " + all));
        List<SpanData> children = all.stream().filter(s -> s.getParentSpanId().equals(task.getSpanId())).toList();
        assertThat(children).extracting(SpanData::getName).startsWith("create_task wan2.6-r2v-flash")
                .contains("get_task wan2.6-r2v-flash").hasSize(all.size() - 1)
                .allMatch(n -> n.equals("create_task wan2.6-r2v-flash") || n.equals("get_task wan2.6-r2v-flash"));
        assertThat(children).allSatisfy(s -> {
            assertThat(s.getTraceId()).isEqualTo(task.getTraceId());
            assertThat(s.getAttributes().get(AttributeKey.stringKey("gen_ai.provider.name"))).isEqualTo("dashscope");
            assertThat(s.getAttributes().get(AttributeKey.stringKey("http.response.status_code"))).isEqualTo("200");
        });
        assertThat(children).filteredOn(s -> s.getName().startsWith("get_task")).allSatisfy(s -> assertThat(
                s.getAttributes().get(AttributeKey.stringKey("wanr2v.task.id"))).isEqualTo(video.handle().taskId()));
        assertThat(task.getAttributes().get(AttributeKey.stringKey("wanr2v.task.outcome"))).isEqualTo("succeeded");
        assertThat(task.getEvents()).extracting(e -> e.getName()).contains("submitted", "status succeeded");

        Stream<String> texts = all.stream().flatMap(s -> Stream.concat(Stream.of(s.getName()), Stream.concat(
                s.getAttributes().asMap().values().stream().map(String::valueOf),
                s.getEvents().stream().map(e -> e.getName()))));
        assertThat(texts.filter(t -> EmulatedClients.secrets().stream().anyMatch(t::contains))).isEmpty();
    }
}
