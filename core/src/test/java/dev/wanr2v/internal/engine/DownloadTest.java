package dev.wanr2v.internal.engine;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.wanr2v.DownloadOptions;
import dev.wanr2v.GeneratedVideo;
import dev.wanr2v.InvalidRequestException;
import dev.wanr2v.ProgressListener;
import dev.wanr2v.ProviderServerException;
import dev.wanr2v.RateLimitedException;
import dev.wanr2v.RequestTimeoutException;
import dev.wanr2v.TaskExpiredException;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.TransportException;
import dev.wanr2v.UnexpectedResponseException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DownloadTest extends EngineTestSupport {
    @TempDir
    Path dir;

    byte[] video;
    DefaultR2vClient client;

    @BeforeEach
    void setUp() {
        video = new byte[700_000];
        new Random(7).nextBytes(video);
        client = client();
    }

    private GeneratedVideo finished(String path) {
        wm.stubFor(get(urlEqualTo("/v1/tasks/t1")).willReturn(okJson("{\"status\":\"SUCCEEDED\",\"url\":\""
                + wm.baseUrl() + path + "\"}")));
        return client.await(new TaskHandle("scripted", "t1", wm.baseUrl(), T0));
    }

    private void serve(String path, com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
        wm.stubFor(get(urlPathEqualTo(path)).willReturn(response));
    }

    private com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder mp4() {
        return aResponse().withStatus(200).withHeader("Content-Type", "video/mp4").withBody(video);
    }

    private List<Path> leftovers() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".part")).toList();
        }
    }

    @Test
    void aVideoIsDownloadedWholeWithProgressAndNoTemporaryFileLeft() throws Exception {
        serve("/files/v.mp4", mp4());
        List<long[]> progress = new CopyOnWriteArrayList<>();
        var options = DownloadOptions.defaults().withListener(new ProgressListener() {
            @Override
            public void onDownload(TaskHandle handle, long bytes, long total) {
                progress.add(new long[] {bytes, total});
            }
        });

        Path out = finished("/files/v.mp4?Expires=1&Signature=abc").download(dir.resolve("clip.mp4"), options);

        assertThat(out).hasBinaryContent(video);
        assertThat(leftovers()).isEmpty();
        Path plain = Files.createFile(dir.resolve("plain.txt"));
        assertThat(Files.getPosixFilePermissions(out)).isEqualTo(Files.getPosixFilePermissions(plain));
        assertThat(progress).isNotEmpty();
        assertThat(progress.get(progress.size() - 1)).containsExactly(video.length, video.length);
        assertThat(progress).extracting(p -> p[0]).isSorted();
    }

    @Test
    void anExistingFileIsNotOverwrittenUnlessAsked() throws Exception {
        serve("/files/v.mp4", mp4());
        Path target = Files.writeString(dir.resolve("clip.mp4"), "keep me");
        GeneratedVideo v = finished("/files/v.mp4");
        assertThatThrownBy(() -> v.download(target)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("R2V-DOWNLOAD-TARGET").hasMessageContaining("withOverwrite");
        assertThat(target).hasContent("keep me");
        wm.verify(0, getRequestedFor(urlPathEqualTo("/files/v.mp4")));

        v.download(target, DownloadOptions.defaults().withOverwrite(true));
        assertThat(target).hasBinaryContent(video);
    }

    @Test
    void aMissingDirectoryIsReportedBeforeAnythingIsFetched() {
        serve("/files/v.mp4", mp4());
        GeneratedVideo v = finished("/files/v.mp4");
        assertThatThrownBy(() -> v.download(dir.resolve("nope/clip.mp4"))).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("does not exist");
        wm.verify(0, getRequestedFor(urlPathEqualTo("/files/v.mp4")));
    }

    @Test
    void anHtmlPageInsteadOfAVideoIsRefusedAndNothingIsKept() throws Exception {
        serve("/files/v.mp4", aResponse().withStatus(200).withHeader("Content-Type", "text/html")
                .withBody("<html>please log in</html>"));
        GeneratedVideo v = finished("/files/v.mp4");
        assertThatThrownBy(() -> v.download(dir.resolve("clip.mp4"))).isInstanceOf(UnexpectedResponseException.class)
                .hasMessageContaining("text/html");
        assertThat(dir.resolve("clip.mp4")).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aVideoOverTheCapIsRefusedAndNothingIsKept() throws Exception {
        serve("/files/v.mp4", mp4());
        GeneratedVideo v = finished("/files/v.mp4");
        assertThatThrownBy(() -> v.download(dir.resolve("clip.mp4"), DownloadOptions.defaults().withMaxBytes(100_000)))
                .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("100000-byte cap");
        assertThat(dir.resolve("clip.mp4")).doesNotExist();
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aBrokenTransferIsRetriedFromTheStart() throws Exception {
        wm.stubFor(get(urlPathEqualTo("/files/v.mp4")).inScenario("d").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)).willSetStateTo("2"));
        wm.stubFor(get(urlPathEqualTo("/files/v.mp4")).inScenario("d").whenScenarioStateIs("2")
                .willReturn(aResponse().withStatus(503)).willSetStateTo("3"));
        wm.stubFor(get(urlPathEqualTo("/files/v.mp4")).inScenario("d").whenScenarioStateIs("3").willReturn(mp4()));
        Path out = finished("/files/v.mp4").download(dir.resolve("clip.mp4"));
        assertThat(out).hasBinaryContent(video);
        wm.verify(3, getRequestedFor(urlPathEqualTo("/files/v.mp4")));
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void redirectsAreFollowed() {
        serve("/files/v.mp4", aResponse().withStatus(302).withHeader("Location", "/cdn/real.mp4?sig=x"));
        serve("/cdn/real.mp4", mp4());
        assertThat(finished("/files/v.mp4").download(dir.resolve("clip.mp4"))).hasBinaryContent(video);
    }

    @Test
    void aFileHostThatCannotBeReachedIsNamedNotTheApi() throws Exception {
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closed + "/files/v.mp4?Signature=s3cr3t";
        wm.stubFor(get(urlEqualTo("/v1/tasks/t1")).willReturn(okJson("{\"status\":\"SUCCEEDED\",\"url\":\"" + url
                + "\"}")));
        GeneratedVideo v = client.await(new TaskHandle("scripted", "t1", wm.baseUrl(), T0));

        assertThatThrownBy(() -> v.download(dir.resolve("clip.mp4"))).isExactlyInstanceOf(TransportException.class)
                .hasMessageContaining("could not connect to http://127.0.0.1:" + closed)
                .hasMessageContaining("the task's video URL is still valid")
                .hasMessageNotContaining(wm.baseUrl()).hasMessageNotContaining("s3cr3t");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void anExpiredUrlSaysSo() throws Exception {
        serve("/files/v.mp4", aResponse().withStatus(403).withBody("<Error><Code>AccessDenied</Code></Error>"));
        GeneratedVideo v = finished("/files/v.mp4");
        assertThatThrownBy(() -> v.download(dir.resolve("clip.mp4"))).isInstanceOf(TaskExpiredException.class)
                .hasMessageContaining("expired").hasMessageContaining("HTTP 403");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aStreamDeliversTheVideoAsItArrives() throws Exception {
        byte[] big = new byte[3_000_000];
        new Random(3).nextBytes(big);
        serve("/files/big.mp4", aResponse().withStatus(200).withHeader("Content-Type", "video/mp4").withBody(big));
        try (InputStream in = finished("/files/big.mp4").openStream()) {
            assertThat(in.readAllBytes()).isEqualTo(big);
        }
        serve("/files/page", aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody("{}"));
        GeneratedVideo page = finished("/files/page");
        assertThatThrownBy(page::openStream).isInstanceOf(UnexpectedResponseException.class)
                .hasMessageContaining("application/json");
    }

    @Test
    void closingAStreamEarlyAbortsTheTransfer() throws Exception {
        byte[] big = new byte[8_000_000];
        serve("/files/big.mp4", aResponse().withStatus(200).withHeader("Content-Type", "video/mp4").withBody(big));
        InputStream in = finished("/files/big.mp4").openStream();
        assertThat(in.readNBytes(1000)).hasSize(1000);
        in.close();
        eventually(() -> !client.busy() && client.leasedConnections() == 0);
    }

    @Test
    void aFileHostThatKeepsThrottlingOrTimingOutFailsInItsOwnCategory() throws Exception {
        GeneratedVideo result = finished("/files/v.mp4");
        serve("/files/v.mp4", aResponse().withStatus(429).withHeader("Retry-After", "120"));
        assertThatThrownBy(() -> result.download(dir.resolve("a.mp4"))).isExactlyInstanceOf(RateLimitedException.class)
                .satisfies(e -> assertThat(((RateLimitedException) e).retryAfter()).hasValue(Duration.ofSeconds(120)));
        serve("/files/v.mp4", aResponse().withStatus(408));
        assertThatThrownBy(() -> result.download(dir.resolve("b.mp4"))).isExactlyInstanceOf(RequestTimeoutException.class);
        serve("/files/v.mp4", aResponse().withStatus(503));
        assertThatThrownBy(() -> result.download(dir.resolve("c.mp4"))).isExactlyInstanceOf(ProviderServerException.class)
                .hasMessageContaining("HTTP 503");
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aFileHostsErrorAnswersAreRepeatedByTheStatusRuleOfEveryCall() throws Exception {
        GeneratedVideo result = finished("/files/v.mp4");
        for (int status : new int[] {501, 505}) {
            wm.resetRequests();
            serve("/files/v.mp4", aResponse().withStatus(status));
            assertThatThrownBy(() -> result.download(dir.resolve("x.mp4"))).isExactlyInstanceOf(
                    ProviderServerException.class).hasMessageContaining("HTTP " + status);
            assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/files/v.mp4")))).as("HTTP " + status).hasSize(1);
        }
        wm.resetRequests();
        serve("/files/v.mp4", aResponse().withStatus(502));
        assertThatThrownBy(() -> result.download(dir.resolve("y.mp4"))).isExactlyInstanceOf(ProviderServerException.class);
        assertThat(wm.findAll(getRequestedFor(urlPathEqualTo("/files/v.mp4")))).hasSize(4); // the policy's 4 attempts
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aVideoUrlThatIsNoHttpUrlFailsAsAnUnexpectedResponseAndLeavesNothing() throws Exception {
        for (String url : new String[] {"not a url", "/relative/v.mp4", "ftp://127.0.0.1/v.mp4", "file:///etc/hostname",
                "http://127.0.0.1:99999/v.mp4"}) {
            wm.resetAll();
            wm.stubFor(get(urlEqualTo("/v1/tasks/t1")).willReturn(okJson("{\"status\":\"SUCCEEDED\",\"url\":\""
                    + url + "\"}")));
            GeneratedVideo result = client.await(new TaskHandle("scripted", "t1", wm.baseUrl(), T0));
            assertThatThrownBy(() -> result.download(dir.resolve("clip.mp4"))).as(url)
                    .isExactlyInstanceOf(UnexpectedResponseException.class).hasMessageContaining("not an absolute http");
            assertThatThrownBy(() -> result.openStream()).as(url).isExactlyInstanceOf(UnexpectedResponseException.class);
        }
        serve("/files/v.mp4", mp4());
        wm.stubFor(get(urlEqualTo("/v1/tasks/t1")).willReturn(okJson("{\"status\":\"SUCCEEDED\",\"url\":\""
                + wm.baseUrl().replace("http:", "HTTP:") + "/files/v.mp4\"}")));
        Path upper = client.await(new TaskHandle("scripted", "t1", wm.baseUrl(), T0)).download(dir.resolve("upper.mp4"));
        assertThat(upper).hasBinaryContent(video);
        Files.delete(upper);
        serve("/files/v.mp4", aResponse().withStatus(302).withHeader("Location", "file:///etc/passwd"));
        assertThatThrownBy(() -> finished("/files/v.mp4").download(dir.resolve("clip.mp4")))
                .isExactlyInstanceOf(UnexpectedResponseException.class);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
