package dev.wanr2v.examples.temporal;

import dev.wanr2v.R2v;
import dev.wanr2v.R2vClient;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.temporal.R2vTemporal;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.WorkerFactory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code run worker} and {@code run generate KEY PROMPT URL...}. Temporal's address comes from
 * {@code TEMPORAL_ADDRESS} (default {@code 127.0.0.1:7233}, where {@code temporal server start-dev} listens) and
 * {@code TEMPORAL_NAMESPACE} ({@code default}); the provider from wan-r2v's usual settings
 * ({@code WAN_R2V_PROVIDER}, {@code DASHSCOPE_API_KEY}, {@code DASHSCOPE_BASE_URL}, …); videos go to
 * {@code WAN_R2V_VIDEO_DIR} ({@code ./videos}).
 */
public final class Main {
    private static final String USAGE = """
            usage: run worker
                   run generate KEY PROMPT URL...   (URLs ending in .mp4 or .mov are videos, the rest images)
                   run state KEY""";

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println(USAGE);
            System.exit(64);
        }
        WorkflowClient temporal = connect();
        switch (args[0]) {
            case "worker" -> worker(temporal);
            case "generate" -> {
                if (args.length < 4) {
                    System.err.println(USAGE);
                    System.exit(64);
                }
                R2vRequest.Builder request = R2vRequest.builder().prompt(args[2]);
                for (int i = 3; i < args.length; i++) {
                    String ref = args[i].toLowerCase(Locale.ROOT);
                    if (ref.endsWith(".mp4") || ref.endsWith(".mov")) {
                        request.video(args[i]);
                    } else {
                        request.image(args[i]);
                    }
                }
                boolean ok = ExampleStarter.generate(temporal, args[1], request.build(), System.out).isPresent();
                System.exit(ok ? 0 : 1);
            }
            case "state" -> {
                System.out.println(R2vTemporal.attach(temporal, args[1]).state());
                System.exit(0);
            }
            default -> {
                System.err.println(USAGE);
                System.exit(64);
            }
        }
    }

    private static void worker(WorkflowClient temporal) throws InterruptedException {
        Path videos = Path.of(System.getenv().getOrDefault("WAN_R2V_VIDEO_DIR", "videos"));
        R2vClient r2v = R2v.builder().budgets(false).build();   // Temporal's task queues keep the account's budget
        WorkerFactory factory = ExampleWorker.start(temporal, r2v, videos);
        System.err.println("worker: " + r2v.provider().id() + " at " + r2v.endpoint() + ", videos into "
                + videos.toAbsolutePath() + "; Ctrl-C to stop");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            factory.shutdown();
            factory.awaitTermination(30, TimeUnit.SECONDS);
            r2v.close();
            stopped.countDown();
        }));
        stopped.await();
    }

    private static WorkflowClient connect() {
        String address = System.getenv().getOrDefault("TEMPORAL_ADDRESS", "127.0.0.1:7233");
        String namespace = System.getenv().getOrDefault("TEMPORAL_NAMESPACE", "default");
        WorkflowServiceStubs stubs = WorkflowServiceStubs.newServiceStubs(
                WorkflowServiceStubsOptions.newBuilder().setTarget(address).build());
        return WorkflowClient.newInstance(stubs, WorkflowClientOptions.newBuilder().setNamespace(namespace).build());
    }
}
