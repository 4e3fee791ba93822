package dev.wanr2v.provider.dashscope;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.wanr2v.PermissionException;
import dev.wanr2v.PollPolicy;
import dev.wanr2v.R2v;
import dev.wanr2v.R2vClient;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.RetryPolicy;
import dev.wanr2v.UnexpectedResponseException;
import dev.wanr2v.internal.media.TestMedia;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Local files reach DashScope through its temporary storage: policy, multipart upload, oss:// reference. */
class UploadFlowTest {
    private static final String KEY = "sk-upload-0123456789";
    private static final String CREATE = "/api/v1/services/aigc/video-generation/video-synthesis";

    @RegisterExtension
    static WireMockExtension wm = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    @TempDir
    Path dir;

    private R2vClient client;
    private Path image;
    private Path video;

    @BeforeEach
    void setUp() throws Exception {
        client = R2v.builder().provider(new DashScopeProvider()).apiKey(KEY).baseUrl(wm.baseUrl())
                .environment(Map.of()).systemProperties(new Properties())
                .pollPolicy(PollPolicy.fixed(Duration.ofMillis(20)))
                .retryPolicy(new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(20), 2.0)).build();
        image = Files.write(dir.resolve("alice.jpg"), TestMedia.image("jpg", 640, 480));
        video = Files.write(dir.resolve("bob.mp4"), TestMedia.fixture("video-5s-faststart.mp4"));
        wm.stubFor(get(urlPathEqualTo("/api/v1/uploads")).willReturn(okJson("""
                {"request_id": "r-1", "data": {"policy": "eyJleHBpcmF0aW9uIjoi", "signature": "c2lnbmF0dXJl",
                 "upload_dir": "dashscope-instant/abc/2026-11-21/xyz", "upload_host": "%s/oss",
                 "expire_in_seconds": 300, "max_file_size_mb": 100, "capacity_limit_mb": 999999999,
                 "oss_access_key_id": "LTAI-test", "x_oss_object_acl": "private", "x_oss_forbid_overwrite": "true"}}
                """.formatted(wm.baseUrl()))));
        wm.stubFor(post(urlEqualTo(CREATE)).willReturn(okJson(
                "{\"request_id\":\"r-2\",\"output\":{\"task_id\":\"task-9\",\"task_status\":\"PENDING\"}}")));
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void localFilesAreUploadedOnceEachAndReferencedAsOss() throws Exception {
        wm.stubFor(post(urlEqualTo("/oss")).willReturn(aResponse().withStatus(200)));
        client.submit(R2vRequest.builder().prompt("character1 meets character2").image(image).video(video).build());

        wm.verify(1, getRequestedFor(urlEqualTo("/api/v1/uploads?action=getPolicy&model=wan2.6-r2v-flash"))
                .withHeader("Authorization", equalTo("Bearer " + KEY)));
        List<LoggedRequest> uploads = wm.findAll(postRequestedFor(urlEqualTo("/oss")));
        assertThat(uploads).hasSize(2).allSatisfy(u -> {
            assertThat(u.containsHeader("Authorization")).isFalse();
            assertThat(u.getHeader("Content-Type")).startsWith("multipart/form-data; boundary=");
            String form = u.getBodyAsString();
            assertThat(form).contains("name=\"OSSAccessKeyId\"\r\n\r\nLTAI-test")
                    .contains("name=\"Signature\"\r\n\r\nc2lnbmF0dXJl").contains("name=\"policy\"")
                    .contains("name=\"x-oss-object-acl\"\r\n\r\nprivate")
                    .contains("name=\"x-oss-forbid-overwrite\"\r\n\r\ntrue")
                    .contains("name=\"key\"\r\n\r\ndashscope-instant/abc/2026-11-21/xyz/")
                    .contains("name=\"success_action_status\"\r\n\r\n200");
            assertThat(form.indexOf("name=\"file\"")).isGreaterThan(form.indexOf("name=\"key\""));
        });
        wm.verify(postRequestedFor(urlEqualTo(CREATE)).withHeader("X-DashScope-OssResourceResolve", equalTo("enable")));
        JsonNode body = new ObjectMapper().readTree(wm.findAll(postRequestedFor(urlEqualTo(CREATE))).get(0).getBodyAsString());
        assertThat(body.at("/input/reference_urls/0").asText()).matches("oss://dashscope-instant/abc/2026-11-21/xyz/[0-9a-f]{32}\\.jpg");
        assertThat(body.at("/input/reference_urls/1").asText()).matches("oss://dashscope-instant/abc/2026-11-21/xyz/[0-9a-f]{32}\\.mp4");
    }

    @Test
    void aRefusedUploadFailsTheSubmitBeforeAnyCreate() {
        wm.stubFor(post(urlEqualTo("/oss")).willReturn(aResponse().withStatus(403).withHeader("Content-Type",
                "application/xml").withBody("<Error><Code>AccessDenied</Code><Message>Invalid according to Policy:"
                        + " Policy expired.</Message><RequestId>6743</RequestId></Error>")));
        assertThatThrownBy(() -> client.submit(R2vRequest.builder().prompt("character1").image(image).build()))
                .isInstanceOf(PermissionException.class).hasMessageContaining("AccessDenied")
                .hasMessageContaining("Policy expired").hasMessageNotContaining(KEY);
        wm.verify(0, postRequestedFor(urlEqualTo(CREATE)));
    }

    @Test
    void aPolicyAnswerThatIsNoJsonFailsTheSubmitSayingWhatCameBeforeAnyCreate() {
        wm.stubFor(get(urlPathEqualTo("/api/v1/uploads")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html").withBody("<html><title>Proxy login</title></html>")));
        assertThatThrownBy(() -> client.submit(R2vRequest.builder().prompt("character1").image(image).build()))
                .isInstanceOf(UnexpectedResponseException.class).hasMessageContaining("no policy")
                .hasMessageContaining("Proxy login").hasMessageNotContaining(KEY);
        wm.verify(0, postRequestedFor(urlEqualTo("/oss")));
        wm.verify(0, postRequestedFor(urlEqualTo(CREATE)));
    }

    @Test
    void aFileAlreadyStoredByALostAttemptCountsAsUploaded() throws Exception {
        wm.stubFor(post(urlEqualTo("/oss")).willReturn(aResponse().withStatus(409).withHeader("Content-Type",
                "application/xml").withBody("<Error><Code>FileAlreadyExists</Code><Message>The object you specified"
                        + " already exists and can not be overwritten.</Message></Error>")));
        client.submit(R2vRequest.builder().prompt("character1").image(image).build());
        JsonNode body = new ObjectMapper().readTree(wm.findAll(postRequestedFor(urlEqualTo(CREATE))).get(0).getBodyAsString());
        assertThat(body.at("/input/reference_urls/0").asText()).startsWith("oss://dashscope-instant/abc/2026-11-21/xyz/");
    }
}
