package dev.wanr2v.examples.spring;

import dev.wanr2v.AwaitOptions;
import dev.wanr2v.R2vClient;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.TaskSnapshot;
import java.io.InputStream;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code POST /videos} submits and answers at once with the task's token; {@code GET /videos/{token}}
 * asks for its state; {@code GET /videos/{token}/video} waits for the clip and streams it. The token
 * is all a caller keeps: any instance of this service (same configuration) can answer for it.
 */
@RestController
@RequestMapping("/videos")
class VideoController {
    private final R2vClient client;

    VideoController(R2vClient client) {
        this.client = client;
    }

    @PostMapping
    ResponseEntity<Map<String, Object>> submit(@RequestBody VideoOrder order) {
        TaskHandle task = client.submit(order.toRequest());
        String token = task.toToken();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("token", token);
        body.put("status", "/videos/" + token);
        body.put("video", "/videos/" + token + "/video");
        return ResponseEntity.accepted().location(URI.create("/videos/" + token)).body(body);
    }

    @GetMapping("/{token}")
    CompletableFuture<Map<String, Object>> status(@PathVariable String token) {
        return client.statusAsync(TaskHandle.parse(token)).thenApply(snapshot -> describe(token, snapshot));
    }

    /** Waits without holding a thread (the await is a future the client completes); the deadline is wanr2v.await-timeout. */
    @GetMapping("/{token}/video")
    CompletableFuture<ResponseEntity<StreamingResponseBody>> video(@PathVariable String token) {
        return client.awaitAsync(TaskHandle.parse(token), AwaitOptions.defaults()).thenApply(video -> ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("video/mp4"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + video.handle().taskId() + ".mp4\"")
                .body(out -> {
                    try (InputStream in = video.openStream()) {
                        in.transferTo(out);
                    }
                }));
    }

    private static Map<String, Object> describe(String token, TaskSnapshot snapshot) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("token", token);
        body.put("status", snapshot.status());
        snapshot.progress().ifPresent(p -> body.put("progress", p));
        snapshot.failureMessage().ifPresent(m -> body.put("failure", m));
        if (snapshot.videoUrl().isPresent()) {
            body.put("video", "/videos/" + token + "/video");
        }
        return body;
    }
}
