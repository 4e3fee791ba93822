package dev.wanr2v.testkit.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wanr2v.R2vRequest;
import dev.wanr2v.spi.Operation;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StandaloneTest {

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void anEmulatorStartsOnAChosenLoopbackPortAndStops() throws IOException {
        int port = freePort();
        Emulator emulator = Emulators.start("dashscope", port);
        try {
            assertThat(emulator.isRunning()).isTrue();
            assertThat(emulator.port()).isEqualTo(port);
            assertThat(emulator.baseUrl()).isEqualTo("http://127.0.0.1:" + port);
            assertThat(emulator.providerId()).isEqualTo("dashscope");
            assertThat(Http.to(emulator).bearer("k").get("/api/v1/tasks/x").statusCode()).isEqualTo(200);
            Optional<InetAddress> outside = nonLoopbackAddress();
            if (outside.isPresent()) {
                assertThatThrownBy(() -> connect(outside.get(), port)).isInstanceOf(IOException.class);
            }
        } finally {
            emulator.close();
        }
        assertThat(emulator.isRunning()).isFalse();
        try (ServerSocket again = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            assertThat(again.getLocalPort()).isEqualTo(port);
        }
        emulator.close();
    }

    @Test
    void aBusyPortIsReportedWithThePort() throws IOException {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = busy.getLocalPort();
            assertThatThrownBy(() -> Emulators.start("wan26api", port)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("wan26api emulator could not listen on 127.0.0.1:" + port);
        }
    }

    @Test
    void theBuiltInEmulatorsAreFoundByProviderId() {
        // acme is the example of a third-party emulator, registered on this module's test class path
        assertThat(Emulators.providerIds()).containsExactly("acme", "dashscope", "uniall", "wan26api");
        for (String id : Emulators.providerIds()) {
            assertThat(Emulators.protocol(id).providerId()).isEqualTo(id);
            assertThat(Emulators.protocol(id)).isNotSameAs(Emulators.protocol(id));
        }
        assertThatThrownBy(() -> Emulators.start("globex")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("globex").hasMessageContaining("[acme, dashscope, uniall, wan26api]");
    }

    @Test
    void twoEphemeralEmulatorsGetTwoPorts() {
        try (Emulator a = Emulators.start("uniall"); Emulator b = Emulators.start("uniall")) {
            assertThat(a.port()).isPositive().isNotEqualTo(b.port());
        }
    }

    @Test
    void aProtocolOfYourOwnRunsOnTheSameFramework() {
        VendorProtocol echo = new VendorProtocol() {
            @Override
            public String providerId() {
                return "echo";
            }

            @Override
            public Optional<Route> route(String method, String path) {
                return path.equals("/tasks") ? Optional.of(Route.of(Operation.CREATE)) : Optional.empty();
            }

            @Override
            public Reply handle(Route route, Exchange exchange, EmulatorContext context) {
                R2vRequest request = decodeCreate(exchange.body());
                exchange.decoded(request);
                TaskState task = context.createTask(exchange, "t-" + context.newRequestId(), request);
                return Reply.json(201, "{\"id\":\"" + task.id() + "\"}");
            }

            @Override
            public R2vRequest decodeCreate(byte[] body) {
                JsonFields fields = new JsonFields(m -> new WireRejection(422, "bad", m));
                return R2vRequest.builder().prompt(fields.text(fields.parseObject(body), "prompt").orElse("")).build();
            }

            @Override
            public Reply error(int status, String code, String message, EmulatorContext context) {
                return Reply.json(status, "{\"error\":\"" + (code == null ? status : code) + "\"}");
            }
        };
        try (Emulator emulator = Emulators.start(echo, EmulatorOptions.defaults())) {
            assertThat(Http.to(emulator).post("/tasks", "{\"prompt\":\"hello\"}").statusCode()).isEqualTo(201);
            assertThat(Http.text(Http.to(emulator).post("/tasks", "[]"))).isEqualTo("{\"error\":\"bad\"}");
            assertThat(Http.to(emulator).get("/elsewhere").statusCode()).isEqualTo(404);
            assertThat(emulator.journal().decodedRequests()).extracting(R2vRequest::prompt).containsExactly("hello");
            assertThat(emulator.tasksCreated()).isEqualTo(1);
        }
    }

    private static void connect(InetAddress address, int port) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, port), 500);
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                    if (address instanceof java.net.Inet4Address) {
                        return Optional.of(address);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
