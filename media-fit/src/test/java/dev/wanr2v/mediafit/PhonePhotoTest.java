package dev.wanr2v.mediafit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wanr2v.InvalidRequestException;
import dev.wanr2v.MediaFit;
import dev.wanr2v.MediaFormat;
import dev.wanr2v.MediaSource;
import dev.wanr2v.R2v;
import dev.wanr2v.R2vClient;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.RequestPreview;
import dev.wanr2v.Rule;
import dev.wanr2v.Violation;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.testkit.emulator.Emulator;
import dev.wanr2v.testkit.emulator.Emulators;
import dev.wanr2v.testkit.emulator.Fault;
import dev.wanr2v.testkit.emulator.RecordedRequest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15's phone photo, made here: 4032x3024 pixels stored, EXIF orientation 6 (a portrait shot).
 * Valid for DashScope as it is; refused for wan26api with wan26api's figures and the fitting hint; with
 * fitting, the image that reaches wan26api's emulator is a 1500x2000 upright JPEG, and nothing is left
 * behind. A transparent PNG reaches it without alpha.
 */
class PhonePhotoTest {
    private static final int RED = 0xFF0000;
    private static Emulator wan26api;
    private static byte[] photo;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        wan26api = Emulators.start("wan26api");
        photo = TestImages.phonePhoto(4032, 3024, 6);
    }

    @AfterAll
    static void stop() {
        wan26api.close();
    }

    private static R2vClient client(String provider, String baseUrl) {
        R2v.Builder b = R2v.builder().provider(provider).apiKey("test-key").environment(Map.of())
                .systemProperties(new Properties());
        return (baseUrl == null ? b : b.baseUrl(baseUrl)).build();
    }

    private Path phone() throws IOException {
        return Files.write(dir.resolve("phone.jpg"), photo);
    }

    private static R2vRequest.Builder request(Path image) {
        return R2vRequest.builder().prompt("character1 waves").image(image);
    }

    @Test
    void thePhonePhotoIsValidForDashScopeAsItIs() throws IOException {
        try (R2vClient dashscope = client("dashscope", null)) {
            assertThat(dashscope.validate(request(phone()).build())).isEmpty();
        }
    }

    @Test
    void wan26apiRefusesItWithItsOwnFiguresAndTheFittingHint() throws IOException {
        try (R2vClient client = client("wan26api", wan26api.baseUrl())) {
            assertThat(client.validate(request(phone()).build())).singleElement().satisfies(v -> {
                assertThat(v.ruleId()).isEqualTo(Rule.IMAGE_DIMENSIONS.id());
                assertThat(v.message()).isEqualTo("the image is 4032x3024 pixels, but wan26api takes 360 to 2000"
                        + " pixels a side; scale it down to 2000x1500 or smaller, or let wan-r2v do it: "
                        + MediaFit.BUILDER_HINT);
            });
        }
    }

    @Test
    void withFittingWan26apiGetsAnUprightCopyOf2000PixelsOnItsLongSide() throws IOException {
        Path phone = phone();
        Set<Path> before = fitDirectories();
        try (R2vClient client = client("wan26api", wan26api.baseUrl())) {
            int seen = wan26api.journal().decodedRequests().size();
            client.submit(request(phone).fit(MediaFit.IMAGES).build());

            BufferedImage sent = sentImage(seen, MediaFormat.JPEG);
            assertThat(sent.getWidth()).isEqualTo(1500);
            assertThat(sent.getHeight()).isEqualTo(2000);
            assertThat(sent.getRGB(1500 - 40, 40) & 0xFFFFFF).as("stored top-left, turned to top-right")
                    .satisfies(rgb -> assertThat(near(rgb, RED)).isTrue());
            assertThat(sent.getRGB(40, 40) & 0xFFFFFF).satisfies(rgb -> assertThat(near(rgb, RED)).isFalse());
        }
        assertThat(Files.readAllBytes(phone)).isEqualTo(photo);
        assertThat(fitDirectories()).isEqualTo(before);
    }

    @Test
    void aRejectedCreateLeavesNoFittedCopyBehind() throws IOException {
        Path png = Files.write(dir.resolve("logo.png"), TestImages.transparentPng(400, 400));
        Set<Path> before = fitDirectories();
        try (R2vClient client = client("wan26api", wan26api.baseUrl())) {
            wan26api.faults().next(Operation.CREATE, Fault.status(400));
            assertThatThrownBy(() -> client.submit(request(png).fit(MediaFit.IMAGES).build()))
                    .isInstanceOf(InvalidRequestException.class);
            assertThat(fitDirectories()).as("the copy is deleted when the call ends, before close")
                    .filteredOn(d -> !before.contains(d)).singleElement()
                    .satisfies(d -> assertThat(entries(d)).isZero());
        }
        assertThat(fitDirectories()).isEqualTo(before);
    }

    @Test
    void previewSaysExactlyWhatFittingDid() throws IOException {
        Set<Path> before = fitDirectories();
        try (R2vClient client = client("wan26api", wan26api.baseUrl())) {
            RequestPreview preview = client.preview(request(phone()).fit(MediaFit.IMAGES).build());

            assertThat(preview.fitted()).singleElement().satisfies(f -> {
                assertThat(f.field()).isEqualTo("references[0]");
                assertThat(f.toFormat()).isEqualTo(MediaFormat.JPEG);
                assertThat(f.describe()).matches(dir.resolve("phone.jpg") + " 4032x3024 \\d+\\.\\d MB -> 1500x2000"
                        + " \\d\\.\\d MB JPEG \\(turned upright by its EXIF orientation\\)");
            });
            assertThat(preview.body()).contains("data:image/jpeg;base64,");
        }
        assertThat(fitDirectories()).isEqualTo(before);
    }

    @Test
    void aTransparentPngReachesTheVendorWithoutAlpha() throws IOException {
        Path png = Files.write(dir.resolve("logo.png"), TestImages.transparentPng(400, 400));
        try (R2vClient client = client("wan26api", wan26api.baseUrl())) {
            assertThat(client.validate(request(png).build())).extracting(Violation::ruleId)
                    .containsExactly(Rule.IMAGE_TRANSPARENCY.id());
            int seen = wan26api.journal().decodedRequests().size();
            client.submit(request(png).fit(MediaFit.IMAGES).build());

            BufferedImage sent = sentImage(seen, MediaFormat.PNG);
            assertThat(sent.getColorModel().hasAlpha()).isFalse();
            assertThat(sent.getWidth()).isEqualTo(400);
            assertThat(sent.getRGB(300, 200) & 0xFFFFFF).isEqualTo(0xFFFFFF);
            assertThat(sent.getRGB(100, 200) & 0xFFFFFF).isEqualTo(0x0000FF);
        }
    }

    @Test
    void dashScopeUploadsTheFittedCopyNotTheOriginal() throws IOException {
        Path png = Files.write(dir.resolve("logo.png"), TestImages.transparentPng(400, 400));
        try (Emulator dashscope = Emulators.start("dashscope");
                R2vClient client = client("dashscope", dashscope.baseUrl())) {
            client.submit(request(png).fit(MediaFit.IMAGES).build());

            byte[] upload = dashscope.journal().of(Operation.UPLOAD).stream().map(RecordedRequest::body)
                    .filter(b -> new String(b, StandardCharsets.ISO_8859_1).contains("filename=")).findFirst()
                    .orElseThrow();
            String text = new String(upload, StandardCharsets.ISO_8859_1);
            int start = text.indexOf("\r\n\r\n", text.indexOf("filename=")) + 4;
            BufferedImage sent = ImageIO.read(new ByteArrayInputStream(upload, start, upload.length - start));
            assertThat(sent.getColorModel().hasAlpha()).isFalse();
            assertThat(sent.getRGB(300, 200) & 0xFFFFFF).isEqualTo(0xFFFFFF);
            assertThat(dashscope.journal().last(Operation.CREATE).orElseThrow().bodyText()).contains("oss://");
        }
    }

    @Test
    void aThreeHundredPixelImageIsFineForDashScopeAndRefusedForWan26apiEvenWithFitting() throws IOException {
        Path small = Files.write(dir.resolve("small.jpg"), TestImages.phonePhoto(300, 300, 1));
        try (R2vClient dashscope = client("dashscope", null);
                R2vClient client = client("wan26api", wan26api.baseUrl())) {
            assertThat(dashscope.validate(request(small).build())).isEmpty();
            assertThatThrownBy(() -> client.submit(request(small).fit(MediaFit.IMAGES).build()))
                    .isInstanceOf(InvalidRequestException.class)
                    .hasMessageContaining("references[0] (character1, " + small + "): the image is 300x300 pixels,"
                            + " but wan26api takes 360 to 2000 pixels a side; use a larger image");
        }
    }

    /** The image of the first reference of the request the emulator decoded after {@code seen} earlier ones. */
    private static BufferedImage sentImage(int seen, MediaFormat format) throws IOException {
        R2vRequest sent = wan26api.journal().decodedRequests().get(seen);
        String uri = ((MediaSource.DataUri) sent.references().get(0).source()).uri();
        assertThat(uri).startsWith("data:" + format.mediaType() + ";base64,");
        byte[] bytes = Base64.getDecoder().decode(uri.substring(uri.indexOf(',') + 1));
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    private static boolean near(int rgb, int expected) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((rgb >> shift) & 0xFF) - ((expected >> shift) & 0xFF)) > 40) {
                return false;
            }
        }
        return true;
    }

    private static long entries(Path directory) throws IOException {
        try (var files = Files.list(directory)) {
            return files.count();
        }
    }

    /** The fitting directories (and files) in the temporary directory, to prove none is left behind. */
    private static Set<Path> fitDirectories() throws IOException {
        Set<Path> found = new HashSet<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(Path.of(System.getProperty("java.io.tmpdir")),
                "wan-r2v-fit-*")) {
            s.forEach(found::add);
        }
        return found;
    }
}
