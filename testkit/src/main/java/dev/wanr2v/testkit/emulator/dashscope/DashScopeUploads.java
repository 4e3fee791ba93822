package dev.wanr2v.testkit.emulator.dashscope;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.testkit.emulator.EmulatorContext;
import dev.wanr2v.testkit.emulator.Exchange;
import dev.wanr2v.testkit.emulator.MediaUrls;
import dev.wanr2v.testkit.emulator.Reply;
import dev.wanr2v.testkit.emulator.WireRejection;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * DashScope's temporary storage, as its SDKs use it: {@code GET /api/v1/uploads?action=getPolicy&model=M}
 * answers an upload policy whose {@code upload_host} is this emulator's {@code /oss-upload}; a multipart
 * form POST there stores the file under {@code upload_dir/NAME}; a create call may then name it
 * {@code oss://upload_dir/NAME}, with header {@code X-DashScope-OssResourceResolve: enable}.
 */
final class DashScopeUploads {
    static final String POLICY_PATH = "/api/v1/uploads";
    static final String UPLOAD_PATH = "/oss-upload";
    private static final int MAX_FILE_MB = 100;
    private static final String ACL = "private";

    /** An issued policy: what the upload form must carry. */
    private record Policy(String dir, String accessKeyId, String signature, String policy) {
    }

    private final Map<String, Policy> policies = new ConcurrentHashMap<>();
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();

    Reply policy(Exchange exchange, EmulatorContext context) {
        if (!exchange.queryParameter("action").filter("getPolicy"::equals).isPresent()) {
            throw DashScopeRequests.invalid("action must be getPolicy");
        }
        String model = exchange.queryParameter("model").filter(m -> !m.isBlank())
                .orElseThrow(() -> DashScopeRequests.invalid("model is required"));
        String dir = "dashscope-instant/" + UUID.randomUUID().toString().replace("-", "") + "/" + model;
        String encoded = Base64.getEncoder().encodeToString(("{\"expiration\":\"" + context.now().plusSeconds(300)
                + "\",\"conditions\":[[\"starts-with\",\"$key\",\"" + dir + "\"],{\"x-oss-object-acl\":\"" + ACL
                + "\"},{\"x-oss-forbid-overwrite\":\"true\"}]}").getBytes(StandardCharsets.UTF_8));
        Policy policy = new Policy(dir, "LTAI-emulator-upload", UUID.randomUUID().toString(), encoded);
        policies.put(dir, policy);
        ObjectNode root = context.json().createObjectNode().put("request_id", context.newRequestId());
        root.putObject("data").put("policy", policy.policy()).put("signature", policy.signature())
                .put("upload_dir", dir).put("upload_host", context.baseUrl() + UPLOAD_PATH)
                .put("expire_in_seconds", 300).put("max_file_size_mb", MAX_FILE_MB)
                .put("capacity_limit_mb", 999_999_999).put("oss_access_key_id", policy.accessKeyId())
                .put("x_oss_object_acl", ACL).put("x_oss_forbid_overwrite", "true");
        return Reply.json(200, root.toString());
    }

    /** Stores the uploaded file; refusals are OSS-style XML, as the real upload host answers. */
    Reply upload(Exchange exchange) {
        MultipartForm form = MultipartForm.parse(exchange.header("Content-Type").orElse(""), exchange.body())
                .orElse(null);
        if (form == null) {
            return ossError(400, "InvalidArgument", "The body of your POST request is not well-formed multipart/form-data.");
        }
        String key = form.text("key").orElse("");
        int slash = key.lastIndexOf('/');
        Policy policy = slash < 0 ? null : policies.get(key.substring(0, slash));
        if (policy == null || !form.text("policy").orElse("").equals(policy.policy())
                || !form.text("Signature").orElse("").equals(policy.signature())
                || !form.text("OSSAccessKeyId").orElse("").equals(policy.accessKeyId())
                || !form.text("x-oss-object-acl").orElse("").equals(ACL)
                || !form.text("x-oss-forbid-overwrite").orElse("").equals("true")) {
            return ossError(403, "AccessDenied", "Invalid according to Policy: Policy Condition failed.");
        }
        MultipartForm.Field file = form.field("file").orElse(null);
        if (file == null) {
            return ossError(400, "InvalidArgument", "The file field is missing.");
        }
        if (file.content().length > MAX_FILE_MB << 20) {
            return ossError(400, "EntityTooLarge", "Your proposed upload exceeds the maximum allowed size.");
        }
        if (files.putIfAbsent(key, file.content()) != null) {
            return ossError(409, "FileAlreadyExists", "The object you specified already exists and can not be overwritten.");
        }
        boolean ok200 = form.text("success_action_status").filter("200"::equals).isPresent();
        return new Reply(ok200 ? 200 : 204, Map.of(), new byte[0]);
    }

    /** The content stored under an {@code oss://} reference, if a file was uploaded there. */
    Optional<byte[]> stored(String reference) {
        if (!reference.toLowerCase(Locale.ROOT).startsWith("oss://")) {
            return Optional.empty();
        }
        return Optional.ofNullable(files.get(reference.substring("oss://".length()))).map(byte[]::clone);
    }

    /** Checks the {@code oss://} references of a create call: uploaded, and announced by the header. */
    void checkReferences(R2vRequest request, Exchange exchange) {
        Stream<String> urls = Stream.concat(request.references().stream().map(r -> MediaUrls.text(r.source())),
                request.audioGuide().map(MediaUrls::text).stream());
        for (String url : urls.filter(u -> u.toLowerCase(Locale.ROOT).startsWith("oss://")).toList()) {
            if (!exchange.header("X-DashScope-OssResourceResolve").filter("enable"::equalsIgnoreCase).isPresent()) {
                throw DashScopeRequests.invalid("oss:// resources need header X-DashScope-OssResourceResolve: enable");
            }
            if (!files.containsKey(url.substring("oss://".length()))) {
                throw new WireRejection(400, "InvalidURL", "The provided URL is invalid: no uploaded file at " + url);
            }
        }
    }

    private static Reply ossError(int status, String code, String message) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>\n  <Code>" + code + "</Code>\n  <Message>"
                + message + "</Message>\n</Error>\n";
        return Reply.of(status, "application/xml", xml.getBytes(StandardCharsets.UTF_8));
    }
}
