package dev.wanr2v.testkit.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.testkit.Outcome;
import dev.wanr2v.testkit.StatusScript;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** DashScope's task list, {@code GET /api/v1/tasks}: one query that tells the state of many tasks. */
class DashScopeTaskListTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private static final ManualClock CLOCK = new ManualClock(T0);
    private static final String CREATE = "/api/v1/services/aigc/video-generation/video-synthesis";
    private static final String FLASH = Http.resource("dashscope-003-create.json");
    private static final String STANDARD = FLASH.replace("\"wan2.6-r2v-flash\"", "\"wan2.6-r2v\"");

    @RegisterExtension
    static final EmulatorExtension DASHSCOPE = EmulatorExtension.of("dashscope",
            EmulatorOptions.defaults().withClock(CLOCK).withResultLifetime(Duration.ofMinutes(10)));

    private final List<String> ids = new ArrayList<>(); // oldest first

    private static Http client() {
        return Http.to(DASHSCOPE.emulator()).bearer("sk-a").header("X-DashScope-Async", "enable");
    }

    private static JsonNode list(String query) {
        HttpResponse<byte[]> response = client().get("/api/v1/tasks" + query);
        assertThat(response.statusCode()).as(Http.text(response)).isEqualTo(200);
        return Http.json(response).path("output");
    }

    private static List<String> taskIds(JsonNode output) {
        List<String> out = new ArrayList<>();
        output.path("data").forEach(item -> out.add(item.path("task_id").asText()));
        return out;
    }

    @BeforeEach
    void threeTasksOneSecondApart() {
        CLOCK.set(T0);
        DASHSCOPE.emulator().scriptNextTask(StatusScript.immediately(Outcome.succeeded()));
        for (String body : List.of(FLASH, STANDARD, FLASH)) {
            ids.add(Http.json(client().post(CREATE, body)).path("output").path("task_id").asText());
            CLOCK.advance(Duration.ofSeconds(1));
        }
    }

    @Test
    void listsEveryTaskNewestFirstWithItsState() {
        JsonNode output = list("");

        assertThat(taskIds(output)).containsExactly(ids.get(2), ids.get(1), ids.get(0));
        assertThat(output.path("total").asInt()).isEqualTo(3);
        assertThat(output.path("total_page").asInt()).isEqualTo(1);
        assertThat(output.path("page_no").asInt()).isEqualTo(1);
        assertThat(output.path("page_size").asInt()).isEqualTo(10);
        JsonNode oldest = output.path("data").get(2);
        assertThat(oldest.path("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(oldest.path("model_name").asText()).isEqualTo("wan2.6-r2v-flash");
        assertThat(oldest.path("gmt_create").asLong()).isEqualTo(T0.toEpochMilli());
        assertThat(oldest.path("end_time").asLong()).isEqualTo(T0.toEpochMilli());
        JsonNode newest = output.path("data").get(0);
        assertThat(newest.path("status").asText()).as("2.5 s default life, 1 s old").isEqualTo("RUNNING");
        assertThat(newest.has("end_time")).isFalse();
        assertThat(DASHSCOPE.emulator().journal().last(Operation.STATUS).orElseThrow().taskId()).isEmpty();
    }

    @Test
    void filtersByStatusModelAndCreationTimeInBeijingTime() {
        assertThat(taskIds(list("?status=SUCCEEDED"))).containsExactly(ids.get(0));
        assertThat(taskIds(list("?model_name=wan2.6-r2v"))).containsExactly(ids.get(1));
        assertThat(taskIds(list("?start_time=20260101080001&end_time=20260101080001"))).containsExactly(ids.get(1));
        assertThat(taskIds(list("?start_time=20260101080001"))).containsExactly(ids.get(2), ids.get(1));
    }

    @Test
    void pagesThroughTheList() {
        JsonNode second = list("?page_size=2&page_no=2");

        assertThat(taskIds(second)).containsExactly(ids.get(0));
        assertThat(second.path("total").asInt()).isEqualTo(3);
        assertThat(second.path("total_page").asInt()).isEqualTo(2);
        assertThat(taskIds(list("?page_size=2&page_no=3"))).isEmpty();
    }

    @Test
    void leavesOutExpiredTasks() {
        CLOCK.set(T0.plus(Duration.ofMinutes(10)).plusMillis(1));

        assertThat(taskIds(list(""))).containsExactly(ids.get(2), ids.get(1));
    }

    @Test
    void refusesPagesOverAHundredAndUnreadableTimes() {
        for (String query : List.of("?page_size=101", "?page_size=0", "?page_no=0", "?start_time=2026-01-01",
                "?end_time=yesterday")) {
            HttpResponse<byte[]> response = client().get("/api/v1/tasks" + query);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(Http.json(response).path("code").asText()).isEqualTo("InvalidParameter");
        }
    }
}
