package dev.wanr2v.internal.engine;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wanr2v.InvalidRequestException;
import dev.wanr2v.LocalMedia;
import dev.wanr2v.MediaFormat;
import dev.wanr2v.MediaSource;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.Reference;
import dev.wanr2v.TransportException;
import dev.wanr2v.internal.media.TestMedia;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Local files and bytes: inspected before anything is sent, then streamed or uploaded. */
class LocalMediaTest extends EngineTestSupport {
    @TempDir
    Path dir;

    Path video;
    Path image;
    byte[] jpeg;

    @BeforeEach
    void media() throws Exception {
        video = Files.write(dir.resolve("bob.mp4"), TestMedia.fixture("video-5s-faststart.mp4"));
        jpeg = TestMedia.image("jpg", 640, 480);
        image = Files.write(dir.resolve("alice.png.jpg"), jpeg);
        wm.stubFor(post(urlEqualTo("/v1/tasks")).willReturn(okJson("{\"id\":\"t1\"}")));
    }

    private R2vRequest local() {
        return R2vRequest.builder().prompt("character1 meets character2").image(image).video(video).build();
    }

    private String createBody() {
        return wm.findAll(postRequestedFor(urlEqualTo("/v1/tasks"))).get(0).getBodyAsString();
    }

    @Test
    void localFilesTravelAsStreamedDataUrisTypedByContent() throws Exception {
        DefaultR2vClient c = client(b -> b.option("localMedia", "data-uri"));
        c.submit(local());
        String body = createBody();
        assertThat(body).contains("data:image/jpeg;base64," + Base64.getEncoder().encodeToString(jpeg))
                .contains("data:video/mp4;base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(video)));
        assertThat(wm.findAll(postRequestedFor(urlEqualTo("/v1/tasks"))).get(0).getHeader("Transfer-Encoding"))
                .isEqualTo("chunked");
    }

    /** What a listener heard of bodies being sent: operation, bytes, total. */
    private static final class Sent implements dev.wanr2v.ProgressListener {
        final List<long[]> events = new CopyOnWriteArrayList<>();
        final List<dev.wanr2v.spi.Operation> operations = new CopyOnWriteArrayList<>();

        @Override
        public void onSending(dev.wanr2v.spi.Operation operation, long bytes, long total) {
            operations.add(operation);
            events.add(new long[] {bytes, total});
        }
    }

    @Test
    void aCreateCarryingDataUrisReportsItsBytesUpToTheWholeBody() {
        Sent sent = new Sent();
        client(b -> b.option("localMedia", "data-uri")).submit(local(), sent);

        int body = createBody().getBytes(StandardCharsets.UTF_8).length;
        assertThat(sent.operations).isNotEmpty().containsOnly(dev.wanr2v.spi.Operation.CREATE);
        assertThat(sent.events).extracting(e -> e[1]).containsOnly(-1L);
        assertThat(sent.events).extracting(e -> e[0]).isSorted().doesNotHaveDuplicates().last().isEqualTo((long) body);
        assertThat(sent.events.size()).as("every 64 KB and at the end").isGreaterThanOrEqualTo(body / (64 * 1024));
    }

    @Test
    void anUploadToTheVendorsStorageReportsItsBytesOfItsAnnouncedLength() {
        wm.stubFor(get(urlEqualTo("/v1/uploads/grant")).willReturn(okJson("{\"dir\":\"d1\",\"signature\":\"sig\"}")));
        wm.stubFor(post(urlEqualTo("/store")).willReturn(aResponse().withStatus(200)));
        Sent sent = new Sent();

        client(b -> b.option("localMedia", "upload")).submit(R2vRequest.builder().prompt("p").video(video).build(), sent);

        long uploaded = wm.findAll(postRequestedFor(urlEqualTo("/store"))).get(0).getBody().length;
        assertThat(sent.operations).isNotEmpty().containsOnly(dev.wanr2v.spi.Operation.UPLOAD);
        assertThat(sent.events).extracting(e -> e[1]).containsOnly(uploaded);
        assertThat(sent.events).extracting(e -> e[0]).isSorted().doesNotHaveDuplicates().last().isEqualTo(uploaded);
    }

    @Test
    void bytesInMemoryTravelTheSameWay() {
        DefaultR2vClient c = client(b -> b.option("localMedia", "data-uri"));
        c.submit(R2vRequest.builder().prompt("p").reference(Reference.image(MediaSource.bytes(jpeg))).build());
        assertThat(createBody()).contains("data:image/jpeg;base64," + Base64.getEncoder().encodeToString(jpeg));
    }

    @Test
    void theUsersUploaderGetsEachDistinctContentOnceAndItsUrlIsSent() throws Exception {
        Path sameImageElsewhere = Files.write(dir.resolve("copy.jpg"), jpeg);
        List<LocalMedia> uploaded = new CopyOnWriteArrayList<>();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        DefaultR2vClient c = client(b -> b.mediaUploader(media -> {
            uploaded.add(media);
            threads.add(Thread.currentThread().getName());
            return "https://bucket.example.com/" + media.fileName() + "?X-Signature=s3cr3t";
        }));
        c.submit(R2vRequest.builder().prompt("p").image(image).video(video).image(sameImageElsewhere).build());

        assertThat(uploaded).hasSize(2);
        assertThat(uploaded).extracting(LocalMedia::format).containsExactlyInAnyOrder(MediaFormat.JPEG, MediaFormat.MP4);
        LocalMedia img = uploaded.stream().filter(m -> m.format() == MediaFormat.JPEG).findFirst().orElseThrow();
        assertThat(img.fileName()).matches("[0-9a-f]{32}\\.jpg");
        assertThat(img.open().readAllBytes()).isEqualTo(jpeg);
        assertThat(threads).allMatch(t -> t.startsWith("wan-r2v-"));
        String body = createBody();
        assertThat(body).contains("https://bucket.example.com/" + img.fileName());
        assertThat(body.split(img.fileName(), -1)).hasSize(3);
    }

    @Test
    void distinctMediaAreUploadedInParallel() {
        java.util.concurrent.CountDownLatch bothStarted = new java.util.concurrent.CountDownLatch(2);
        DefaultR2vClient c = client(b -> b.mediaUploader(media -> {
            bothStarted.countDown();
            try {
                if (!bothStarted.await(10, java.util.concurrent.TimeUnit.SECONDS)) {
                    throw new java.io.IOException("the other upload never started: uploads ran one at a time");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException();
            }
            return "https://bucket.example.com/" + media.fileName();
        }));

        assertThat(c.submit(local()).taskId()).isEqualTo("t1");
    }

    @Test
    void anUploaderFailureFailsTheSubmitBeforeAnyCreate() {
        DefaultR2vClient c = client(b -> b.mediaUploader(media -> {
            throw new java.io.IOException("bucket is full");
        }));
        assertThatThrownBy(() -> c.submit(local())).isInstanceOf(TransportException.class)
                .hasMessageContaining("bucket is full").hasMessageContaining("nothing was created");
        wm.verify(0, postRequestedFor(urlEqualTo("/v1/tasks")));
    }

    @Test
    void anUploaderReturningSomethingOtherThanAUrlIsRefused() {
        DefaultR2vClient c = client(b -> b.mediaUploader(media -> "s3://bucket/key"));
        assertThatThrownBy(() -> c.submit(local())).hasMessageContaining("not a public http(s) URL");
        wm.verify(0, postRequestedFor(urlEqualTo("/v1/tasks")));
    }

    @Test
    void theVendorsUploadFlowRunsOnceGrantedAndOncePerContent() throws Exception {
        wm.stubFor(get(urlEqualTo("/v1/uploads/grant")).willReturn(okJson("{\"dir\":\"d1\",\"signature\":\"sig\"}")));
        wm.stubFor(post(urlEqualTo("/store")).willReturn(aResponse().withStatus(200)));
        DefaultR2vClient c = client(b -> b.option("localMedia", "upload"));
        Path copy = Files.write(dir.resolve("copy.mp4"), Files.readAllBytes(video));

        c.submit(R2vRequest.builder().prompt("p").image(image).video(video).video(copy).build());

        wm.verify(1, getRequestedFor(urlEqualTo("/v1/uploads/grant")));
        wm.verify(2, postRequestedFor(urlEqualTo("/store")));
        var uploads = wm.findAll(postRequestedFor(urlEqualTo("/store")));
        assertThat(uploads).allSatisfy(r -> {
            assertThat(r.getHeader("Content-Type")).startsWith("multipart/form-data; boundary=");
            assertThat(r.containsHeader("Authorization")).isFalse();
            assertThat(r.getBodyAsString()).contains("name=\"key\"").contains("d1/").contains("name=\"signature\"");
        });
        wm.verify(postRequestedFor(urlEqualTo("/v1/tasks")).withHeader("X-Resolve-Uploads", equalTo("enable"))
                .withRequestBody(containing("store://d1/")));
        String mp4Upload = uploads.stream().map(r -> r.getBodyAsString()).filter(b -> b.contains("video/mp4"))
                .findFirst().orElseThrow();
        assertThat(mp4Upload.getBytes(StandardCharsets.ISO_8859_1).length).isGreaterThan((int) Files.size(video));
    }

    /** The scripted provider declares Alibaba's limits: a 2 s video is fine (1..30 s), a 100x100 image is not (240..8000 px). */
    @Test
    void badLocalMediaIsRefusedBeforeAnythingIsSent() throws Exception {
        Path tiny = Files.write(dir.resolve("tiny.jpg"), TestMedia.image("jpg", 100, 100));
        Path clip = Files.write(dir.resolve("short.mp4"), TestMedia.fixture("video-2s.mp4"));
        Path transparent = Files.write(dir.resolve("t.png"), TestMedia.pngWithAlpha(400, 400));
        DefaultR2vClient c = client(b -> b.option("localMedia", "data-uri"));
        R2vRequest bad = R2vRequest.builder().prompt("p").image(tiny).video(clip).image(transparent)
                .video(dir.resolve("missing.mp4")).image(video).build();

        assertThatThrownBy(() -> c.submit(bad)).isInstanceOf(InvalidRequestException.class)
                .satisfies(e -> assertThat(((InvalidRequestException) e).ruleIds()).containsExactly(
                        "R2V-IMAGE-DIMENSIONS", "R2V-IMAGE-TRANSPARENCY", "R2V-MEDIA-MISSING", "R2V-MEDIA-KIND"));
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void withoutARouteLocalFilesAreRefusedNamingTheUploaderOption() {
        assertThatThrownBy(() -> client().submit(local())).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("R2V-INPUT-FORM").hasMessageContaining("mediaUploader");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }

    @Test
    void aDryRunShowsStreamedMediaShortened() {
        DefaultR2vClient c = client(b -> b.option("localMedia", "data-uri"));
        var preview = c.preview(local());
        assertThat(preview.body()).contains("data:image/jpeg;base64,").contains("characters)");
        assertThat(preview.body().length()).isLessThan(1000);
        assertThat(preview.headers().get("Authorization")).containsExactly("****");
        assertThat(wm.getAllServeEvents()).isEmpty();
    }
}
