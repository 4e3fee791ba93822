package dev.wanr2v.provider.dashscope.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.wanr2v.LocalMedia;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.spi.HttpCall;
import dev.wanr2v.spi.HttpReply;
import dev.wanr2v.spi.MediaUploadCodec;
import dev.wanr2v.spi.Multipart;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.spi.UploadGrant;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DashScope's temporary storage for local files, as its SDKs use it: {@code GET
 * /api/v1/uploads?action=getPolicy&model=MODEL} grants an OSS POST policy; each file is sent as a
 * multipart form to the policy's {@code upload_host} under {@code upload_dir}; the create call then
 * refers to it as {@code oss://upload_dir/name} (with {@code X-DashScope-OssResourceResolve: enable}).
 * Files live 48 h, bound to the model and the account. The upload itself carries the policy's
 * signature, never the API key.
 */
final class DashScopeUploads implements MediaUploadCodec {
    /** The grant fields read, by the names DashScope answers with. */
    static final List<String> FIELDS = List.of("policy", "signature", "upload_dir", "upload_host",
            "oss_access_key_id", "x_oss_object_acl", "x_oss_forbid_overwrite", "expire_in_seconds",
            "max_file_size_mb");

    private final String apiKey;

    DashScopeUploads(String apiKey) {
        this.apiKey = apiKey;
    }

    @Override
    public HttpCall grantCall(R2vRequest request) {
        String model = URLEncoder.encode(CreateBody.model(request.tier()), StandardCharsets.UTF_8);
        return HttpCall.get(Operation.UPLOAD, "/api/v1/uploads?action=getPolicy&model=" + model).bearer(apiKey)
                .build();
    }

    /**
     * The policy's fields, from {@code data} (or the top level); an answer that is no JSON object has none, so
     * it fails like one without a {@code policy} (the engine reports it with the body it got).
     */
    @Override
    public UploadGrant readGrant(HttpReply reply) {
        JsonNode root = Json.body(reply).orElse(MissingNode.getInstance());
        JsonNode data = root.path("data").isObject() ? root.path("data") : root;
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String v = Json.text(data, field);
            if (v != null) {
                values.put(field, v);
            }
        }
        UploadGrant grant = new UploadGrant(values);
        for (String required : List.of("policy", "signature", "upload_dir", "upload_host", "oss_access_key_id")) {
            grant.require(required);
        }
        String host = grant.require("upload_host");
        if (!host.startsWith("https://") && !host.startsWith("http://")) {
            throw new IllegalStateException("the upload policy's upload_host is not an http(s) URL");
        }
        return grant;
    }

    @Override
    public HttpCall uploadCall(UploadGrant grant, LocalMedia media) {
        Multipart form = Multipart.builder()
                .field("OSSAccessKeyId", grant.require("oss_access_key_id"))
                .field("Signature", grant.require("signature"))
                .field("policy", grant.require("policy"));
        grant.get("x_oss_object_acl").ifPresent(v -> form.field("x-oss-object-acl", v));
        grant.get("x_oss_forbid_overwrite").ifPresent(v -> form.field("x-oss-forbid-overwrite", v));
        form.field("key", key(grant, media)).field("success_action_status", "200").file("file", media);
        return HttpCall.post(Operation.UPLOAD, grant.require("upload_host")).body(form.build()).build();
    }

    @Override
    public String readUpload(UploadGrant grant, LocalMedia media, HttpReply reply) {
        return "oss://" + key(grant, media);
    }

    /**
     * The policy forbids overwriting, and names are derived from the content: a {@code FileAlreadyExists}
     * refusal means an earlier attempt (whose answer was lost) stored this very file.
     */
    @Override
    public String alreadyUploaded(UploadGrant grant, LocalMedia media, HttpReply errorReply) {
        return errorReply.status() == 409
                && "FileAlreadyExists".equals(ErrorReader.xmlField(errorReply.bodyText(), ErrorReader.XML_CODE))
                ? readUpload(grant, media, errorReply) : null;
    }

    private static String key(UploadGrant grant, LocalMedia media) {
        String dir = grant.require("upload_dir");
        return (dir.endsWith("/") ? dir : dir + "/") + media.fileName();
    }
}
