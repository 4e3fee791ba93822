package dev.wanr2v.testkit.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wanr2v.MediaFormat;
import dev.wanr2v.Reference;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.testkit.MediaSamples;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DashScopeUploadTest {
    private static final String CREATE = "/api/v1/services/aigc/video-generation/video-synthesis";

    @RegisterExtension
    static final EmulatorExtension DASHSCOPE = EmulatorExtension.of("dashscope");

    private static JsonNode policy() {
        HttpResponse<byte[]> response = Http.to(DASHSCOPE.emulator()).bearer("k")
                .get("/api/v1/uploads?action=getPolicy&model=wan2.6-r2v-flash");
        assertThat(response.statusCode()).isEqualTo(200);
        return Http.json(response).path("data");
    }

    /** The form the official SDKs post to the upload host. */
    private static HttpResponse<byte[]> upload(JsonNode policy, String key, byte[] file, String signature) {
        String boundary = "----wanr2v" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String[][] fields = {{"OSSAccessKeyId", policy.path("oss_access_key_id").asText()}, {"Signature", signature},
            {"policy", policy.path("policy").asText()}, {"x-oss-object-acl", policy.path("x_oss_object_acl").asText()},
            {"x-oss-forbid-overwrite", policy.path("x_oss_forbid_overwrite").asText()}, {"key", key},
            {"success_action_status", "200"}};
        for (String[] f : fields) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f[0] + "\"\r\n\r\n" + f[1]
                    + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"alice.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return Http.to(DASHSCOPE.emulator()).send(HttpRequest.newBuilder(URI.create(policy.path("upload_host").asText()))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private static String createBody(String reference) {
        return "{\"model\":\"wan2.6-r2v-flash\",\"input\":{\"prompt\":\"character1 waves\",\"reference_urls\":[\""
                + reference + "\"]}}";
    }

    @Test
    void aFileUploadedWithThePolicyCanBeReferencedAsOss() {
        JsonNode policy = policy();
        assertThat(policy.path("upload_host").asText()).isEqualTo(DASHSCOPE.emulator().baseUrl() + "/oss-upload");
        assertThat(policy.path("x_oss_object_acl").asText()).isEqualTo("private");
        String key = policy.path("upload_dir").asText() + "/alice.png";

        HttpResponse<byte[]> uploaded = upload(policy, key, MediaSamples.bytes(MediaFormat.PNG).orElseThrow(),
                policy.path("signature").asText());
        assertThat(uploaded.statusCode()).isEqualTo(200);

        Http client = Http.to(DASHSCOPE.emulator()).bearer("k").header("X-DashScope-Async", "enable");
        HttpResponse<byte[]> withoutHeader = client.post(CREATE, createBody("oss://" + key));
        assertThat(withoutHeader.statusCode()).isEqualTo(400);
        assertThat(Http.text(withoutHeader)).contains("X-DashScope-OssResourceResolve");

        client.header("X-DashScope-OssResourceResolve", "enable");
        assertThat(client.post(CREATE, createBody("oss://" + key)).statusCode()).isEqualTo(200);
        assertThat(DASHSCOPE.emulator().journal().decodedRequests()).last()
                .satisfies(r -> assertThat(r.references()).containsExactly(Reference.image("oss://" + key)));
        HttpResponse<byte[]> missing = client.post(CREATE, createBody("oss://" + key.replace("alice", "bob")));
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(Http.json(missing).path("code").asText()).isEqualTo("InvalidURL");
        assertThat(DASHSCOPE.emulator().journal().of(Operation.UPLOAD)).hasSize(2);
    }

    @Test
    void anUploadOutsideThePolicyOrTwiceIsRefusedLikeObjectStorage() {
        JsonNode policy = policy();
        String key = policy.path("upload_dir").asText() + "/alice.png";
        byte[] png = MediaSamples.bytes(MediaFormat.PNG).orElseThrow();

        HttpResponse<byte[]> forged = upload(policy, key, png, "forged");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(Http.text(forged)).contains("<Code>AccessDenied</Code>");
        assertThat(upload(policy, "elsewhere/alice.png", png, policy.path("signature").asText()).statusCode())
                .isEqualTo(403);
        assertThat(upload(policy, key, png, policy.path("signature").asText()).statusCode()).isEqualTo(200);
        assertThat(upload(policy, key, png, policy.path("signature").asText()).statusCode()).isEqualTo(409);
        assertThat(Http.to(DASHSCOPE.emulator()).get("/api/v1/uploads?action=getPolicy&model=x").statusCode())
                .isEqualTo(401);
    }
}
