package dev.wanr2v.testkit.emulator.dashscope;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wanr2v.ModelTier;
import dev.wanr2v.TaskStatus;
import dev.wanr2v.testkit.emulator.EmulatorContext;
import dev.wanr2v.testkit.emulator.Exchange;
import dev.wanr2v.testkit.emulator.Reply;
import dev.wanr2v.testkit.emulator.TaskState;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * DashScope's task list, {@code GET /api/v1/tasks?start_time=&end_time=&model_name=&status=&page_no=&page_size=}
 * (PROTOCOLS.md §5; fields from the official Java SDK's {@code AsyncTaskListResult} and {@code AsyncTaskInfo}).
 *
 * <p>What is not documented is decided here: times in the query are {@code yyyyMMddHHmmss} in UTC+8 and
 * bound {@code gmt_create} inclusively; {@code page_size} is 1..100 (default 10), {@code page_no} from 1;
 * the newest task comes first; items carry {@code task_id}, {@code status}, {@code model_name} and
 * {@code gmt_create}, {@code start_time}, {@code end_time} as epoch milliseconds (the SDK reads them as
 * numbers), the last two once known; expired tasks are left out. Anything else is 400 {@code InvalidParameter}.
 */
final class DashScopeTaskList {
    static final String PATH = "/api/v1/tasks";
    private static final DateTimeFormatter QUERY_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final int MAX_PAGE_SIZE = 100;

    private DashScopeTaskList() {
    }

    static Reply list(Exchange exchange, EmulatorContext context) {
        Optional<Instant> from = time(exchange, "start_time");
        Optional<Instant> to = time(exchange, "end_time");
        Optional<String> model = exchange.queryParameter("model_name").filter(m -> !m.isBlank());
        Optional<String> status = exchange.queryParameter("status").filter(s -> !s.isBlank());
        int pageNo = number(exchange, "page_no", 1, Integer.MAX_VALUE, 1);
        int pageSize = number(exchange, "page_size", 1, MAX_PAGE_SIZE, 10);

        List<TaskState> matching = new ArrayList<>();
        for (TaskState task : context.tasks()) {
            Instant created = task.createdAt().truncatedTo(ChronoUnit.SECONDS);
            if (task.status() != TaskStatus.EXPIRED && from.map(f -> !created.isBefore(f)).orElse(true)
                    && to.map(t -> !created.isAfter(t)).orElse(true)
                    && model.map(m -> m.equals(model(task))).orElse(true)
                    && status.map(s -> s.equalsIgnoreCase(DashScopeProtocol.statusWord(task))).orElse(true)) {
                matching.add(task);
            }
        }
        Collections.reverse(matching);

        ObjectNode root = context.json().createObjectNode().put("request_id", context.newRequestId());
        ObjectNode output = root.putObject("output");
        ArrayNode data = output.putArray("data");
        long first = (long) (pageNo - 1) * pageSize;
        for (long i = first; i < Math.min(matching.size(), first + pageSize); i++) {
            TaskState task = matching.get((int) i);
            ObjectNode item = data.addObject().put("task_id", task.id())
                    .put("status", DashScopeProtocol.statusWord(task)).put("model_name", model(task))
                    .put("gmt_create", task.createdAt().toEpochMilli());
            if (task.startedAt() != null) {
                item.put("start_time", task.startedAt().toEpochMilli());
            }
            if (task.endedAt() != null) {
                item.put("end_time", task.endedAt().toEpochMilli());
            }
        }
        output.put("total", matching.size()).put("total_page", (matching.size() + pageSize - 1) / pageSize)
                .put("page_no", pageNo).put("page_size", pageSize);
        return Reply.json(200, root.toString());
    }

    private static String model(TaskState task) {
        return task.request().tier() == ModelTier.FLASH ? "wan2.6-r2v-flash" : "wan2.6-r2v";
    }

    private static Optional<Instant> time(Exchange exchange, String name) {
        Optional<String> value = exchange.queryParameter(name).filter(v -> !v.isBlank());
        try {
            return value.map(v -> LocalDateTime.parse(v.strip(), QUERY_TIME).toInstant(ZoneOffset.ofHours(8)));
        } catch (DateTimeParseException e) {
            throw DashScopeRequests.invalid(name + " must be yyyyMMddHHmmss, not " + value.get());
        }
    }

    private static int number(Exchange exchange, String name, int min, int max, int absent) {
        Optional<String> value = exchange.queryParameter(name).filter(v -> !v.isBlank());
        if (value.isEmpty()) {
            return absent;
        }
        try {
            int n = Integer.parseInt(value.get().strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw DashScopeRequests.invalid(name + " must be a whole number in " + min + ".."
                + (max == Integer.MAX_VALUE ? "" : max) + ", not " + value.get());
    }
}
