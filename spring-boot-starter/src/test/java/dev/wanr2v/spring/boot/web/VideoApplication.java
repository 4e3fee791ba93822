package dev.wanr2v.spring.boot.web;

import dev.wanr2v.AwaitOptions;
import dev.wanr2v.R2vClient;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.TaskHandle;
import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** A web application as a user writes one: the starter's client injected into a controller. */
@SpringBootApplication
public class VideoApplication {

    /** Submits in one call, awaits the token and serves the clip in a second. */
    @RestController
    static class VideoController {
        private final R2vClient client;

        VideoController(R2vClient client) {
            this.client = client;
        }

        record Order(String prompt, List<String> images) {
        }

        @PostMapping("/videos")
        ResponseEntity<Map<String, String>> submit(@RequestBody Order order) {
            R2vRequest.Builder request = R2vRequest.builder().prompt(order.prompt());
            order.images().forEach(request::image);
            String token = client.submit(request.build()).toToken();
            return ResponseEntity.accepted().location(URI.create("/videos/" + token)).body(Map.of("token", token));
        }

        /** Holds no thread while waiting: the await is a future, completed by the client's scheduler. */
        @GetMapping("/videos/{token}")
        CompletableFuture<ResponseEntity<StreamingResponseBody>> video(@PathVariable("token") String token) {
            return client.awaitAsync(TaskHandle.parse(token), AwaitOptions.defaults())
                    .thenApply(video -> ResponseEntity.ok().contentType(MediaType.parseMediaType("video/mp4"))
                            .body(out -> {
                                try (InputStream in = video.openStream()) {
                                    in.transferTo(out);
                                }
                            }));
        }
    }
}
