package dev.wanr2v.reliability.matrix;

import static dev.wanr2v.reliability.matrix.Expect.fails;
import static dev.wanr2v.reliability.matrix.Expect.notApplicable;
import static dev.wanr2v.reliability.matrix.Expect.persists;
import static dev.wanr2v.reliability.matrix.Expect.recovers;
import static dev.wanr2v.reliability.matrix.Expect.reports;
import static dev.wanr2v.reliability.matrix.Expect.succeeds;
import static dev.wanr2v.reliability.matrix.Expect.unknown;
import static dev.wanr2v.reliability.matrix.Expect.waitRecovers;

import dev.wanr2v.AuthenticationException;
import dev.wanr2v.ConfigurationException;
import dev.wanr2v.InvalidRequestException;
import dev.wanr2v.PermissionException;
import dev.wanr2v.ProviderServerException;
import dev.wanr2v.RateLimitedException;
import dev.wanr2v.RequestTimeoutException;
import dev.wanr2v.TaskConflictException;
import dev.wanr2v.TaskExpiredException;
import dev.wanr2v.TaskStatus;
import dev.wanr2v.TransportException;
import dev.wanr2v.UnexpectedResponseException;
import dev.wanr2v.reliability.support.Vendor;

/**
 * The expected behaviour of every cell, written from the documents, never from the code under test:
 * the README's "Submitting, waiting, and never paying twice" and "Errors" sections, the error table of
 * each provider (DashScope's {@code ErrorCodes}, UniAll's and wan26api's documented status mappings in
 * their READMEs and Javadoc), and PROTOCOLS.md.
 *
 * <p>The rules in short. Repeatable calls (status, cancel, upload, download) are retried on I/O errors
 * and on 408, 429, 500, 502, 503, 504; a {@code Retry-After} longer than the largest backoff ends the
 * call at once. A create is resent only when the vendor certainly did not accept it: the connection was
 * never made or the body never fully left, or the vendor answered 429; any other 4xx is a rejection
 * (one create, typed exception); a reset, a timeout, 408 or 5xx after the body left, or an answer that
 * cannot be read, leaves the outcome unknown: {@code SubmitOutcomeUnknownException}, one create. Answers
 * that cannot be read are {@code UnexpectedResponseException} and not retried. A wait rides out every
 * retryable failure until its deadline; a status the library does not know counts as running.
 *
 * <p>Every switch is exhaustive: a new fault or call does not compile until its row is written.
 */
final class Expectations {
    private Expectations() {
    }

    static Expect of(Vendor vendor, Call call, FaultKind fault) {
        return switch (call) {
            case CREATE -> create(vendor, fault);
            case STATUS -> status(vendor, fault);
            case AWAIT -> await(vendor, fault);
            case CANCEL -> cancel(fault);
            case UPLOAD_GRANT -> uploadGrant(fault);
            case UPLOAD_FILE -> uploadFile(fault);
            case DOWNLOAD -> download(fault);
        };
    }

    private static Expect create(Vendor vendor, FaultKind fault) {
        return switch (fault) {
            case REFUSED -> recovers(TransportException.class).because("never connected: certainly not accepted");
            case RESET_BEFORE_SENT -> vendor == Vendor.WAN26API
                    ? recovers(TransportException.class).because("a 12 MB local video streams as a data URI: the body"
                            + " had not left")
                    : unknown().because("a create of URLs is a few KB, handed to the connection whole before the"
                            + " reset: the client cannot tell it from a reset after sending; the emulator shows no create");
            case RESET_AFTER_SENT, EMPTY_RESPONSE, MALFORMED_CHUNKED, RANDOM_BYTES, SLOW ->
                    unknown().because("the vendor created the task, then the answer was lost");
            case HTTP_400, HTTP_409, HTTP_413 -> fails(InvalidRequestException.class).because("a 4xx rejection");
            case HTTP_401 -> fails(AuthenticationException.class).because("a 4xx rejection");
            case HTTP_403 -> fails(PermissionException.class).because("a 4xx rejection");
            case HTTP_404 -> vendor == Vendor.WAN26API
                    ? fails(ConfigurationException.class).because("wan26api: no such endpoint, check baseUrl")
                    : fails(InvalidRequestException.class).because("a 4xx rejection");
            case HTTP_408 -> unknown().because("408 leaves the create's fate open");
            case HTTP_429 -> recovers(RateLimitedException.class).because("throttled: not accepted, resent");
            case HTTP_429_RETRY_AFTER -> fails(RateLimitedException.class)
                    .because("not accepted; the vendor's 1 s is beyond the largest backoff: not waited for");
            case HTTP_500, HTTP_502, HTTP_503, HTTP_504, HTML_ERROR_PAGE ->
                    unknown().because("5xx after the vendor created the task");
            case TRUNCATED_JSON, OVERSIZED_BODY, MISSING_FIELDS ->
                    unknown().because("a 2xx answer without a readable task id: the task exists, its id is lost");
            case WRONG_CONTENT_TYPE -> succeeds().because("JSON is read whatever its label");
            case UNKNOWN_STATUS -> succeeds().because("the unknown status (in UniAll's and wan26api's create answer, in"
                    + " the status calls after DashScope's, which always says PENDING) is kept raw and read as running");
        };
    }

    private static Expect status(Vendor vendor, FaultKind fault) {
        return switch (fault) {
            case REFUSED -> persists(TransportException.class, "no hook between attempts to open the port: see await");
            case RESET_BEFORE_SENT, RESET_AFTER_SENT, EMPTY_RESPONSE, MALFORMED_CHUNKED, RANDOM_BYTES ->
                    recovers(TransportException.class);
            case SLOW, HTTP_408 -> recovers(RequestTimeoutException.class);
            case HTTP_400, HTTP_413 -> fails(InvalidRequestException.class);
            case HTTP_401 -> fails(AuthenticationException.class);
            case HTTP_403 -> fails(PermissionException.class);
            case HTTP_404 -> vendor == Vendor.DASHSCOPE
                    ? fails(InvalidRequestException.class).because("DashScope reports unknown tasks as UNKNOWN;"
                            + " a 404 means a wrong path")
                    : reports(TaskStatus.EXPIRED).because("HTTP 404 is how the vendor says the task is gone");
            case HTTP_409 -> fails(TaskConflictException.class)
                    .because("a 409 with no documented code is a conflict (the SPI's StatusFallback, every vendor)");
            case HTTP_429 -> recovers(RateLimitedException.class);
            case HTTP_429_RETRY_AFTER -> fails(RateLimitedException.class).because("1 s is beyond the largest backoff");
            case HTTP_500, HTTP_502, HTTP_503, HTTP_504, HTML_ERROR_PAGE -> recovers(ProviderServerException.class);
            case TRUNCATED_JSON, OVERSIZED_BODY -> fails(UnexpectedResponseException.class);
            case WRONG_CONTENT_TYPE -> reports(TaskStatus.SUCCEEDED);
            case UNKNOWN_STATUS, MISSING_FIELDS -> reports(TaskStatus.UNRECOGNIZED)
                    .because("an unknown or missing status is kept raw and counts as running");
        };
    }

    private static Expect await(Vendor vendor, FaultKind fault) {
        return switch (fault) {
            case REFUSED, RESET_BEFORE_SENT, RESET_AFTER_SENT, EMPTY_RESPONSE, MALFORMED_CHUNKED, RANDOM_BYTES, SLOW,
                    HTTP_408, HTTP_429, HTTP_429_RETRY_AFTER, HTTP_500, HTTP_502, HTTP_503, HTTP_504, HTML_ERROR_PAGE,
                    UNKNOWN_STATUS, MISSING_FIELDS -> waitRecovers()
                    .because("transient failures never end a wait early; only the deadline does");
            case HTTP_400, HTTP_413 -> fails(InvalidRequestException.class);
            case HTTP_401 -> fails(AuthenticationException.class);
            case HTTP_403 -> fails(PermissionException.class);
            case HTTP_404 -> vendor == Vendor.DASHSCOPE ? fails(InvalidRequestException.class)
                    : fails(TaskExpiredException.class);
            case HTTP_409 -> fails(TaskConflictException.class);
            case TRUNCATED_JSON, OVERSIZED_BODY -> fails(UnexpectedResponseException.class)
                    .because("an unreadable answer is not a transient failure");
            case WRONG_CONTENT_TYPE -> succeeds();
        };
    }

    private static Expect cancel(FaultKind fault) {
        return switch (fault) {
            case REFUSED -> persists(TransportException.class, "cancel has no retry hook to open the port");
            case RESET_BEFORE_SENT, RESET_AFTER_SENT, EMPTY_RESPONSE, MALFORMED_CHUNKED, RANDOM_BYTES ->
                    recovers(TransportException.class);
            case SLOW -> recovers(RequestTimeoutException.class)
                    .because("the first cancel took effect; the retry finds the task canceled");
            case HTTP_408 -> recovers(RequestTimeoutException.class);
            case HTTP_400, HTTP_404, HTTP_413 -> fails(InvalidRequestException.class);
            case HTTP_409 -> fails(TaskConflictException.class);
            case HTTP_401 -> fails(AuthenticationException.class);
            case HTTP_403 -> fails(PermissionException.class);
            case HTTP_429 -> recovers(RateLimitedException.class);
            case HTTP_429_RETRY_AFTER -> fails(RateLimitedException.class);
            case HTTP_500, HTTP_502, HTTP_503, HTTP_504, HTML_ERROR_PAGE -> recovers(ProviderServerException.class);
            case TRUNCATED_JSON, WRONG_CONTENT_TYPE, MISSING_FIELDS -> succeeds()
                    .because("a 2xx answer to a cancel means it was accepted; its body is not needed");
            case OVERSIZED_BODY -> fails(UnexpectedResponseException.class);
            case UNKNOWN_STATUS -> notApplicable("a cancel answer carries no status");
        };
    }

    private static Expect uploadGrant(FaultKind fault) {
        return switch (fault) {
            case REFUSED -> persists(TransportException.class, "uploads have no retry hook to open the port");
            case RESET_BEFORE_SENT, RESET_AFTER_SENT, EMPTY_RESPONSE, MALFORMED_CHUNKED, RANDOM_BYTES ->
                    recovers(TransportException.class);
            case SLOW, HTTP_408 -> recovers(RequestTimeoutException.class);
            case HTTP_400, HTTP_404, HTTP_409, HTTP_413 -> fails(InvalidRequestException.class);
            case HTTP_401 -> fails(AuthenticationException.class);
            case HTTP_403 -> fails(PermissionException.class);
            case HTTP_429 -> recovers(RateLimitedException.class);
            case HTTP_429_RETRY_AFTER -> fails(RateLimitedException.class);
            case HTTP_500, HTTP_502, HTTP_503, HTTP_504, HTML_ERROR_PAGE -> recovers(ProviderServerException.class);
            case TRUNCATED_JSON, OVERSIZED_BODY, MISSING_FIELDS -> fails(UnexpectedResponseException.class)
                    .because("no usable upload policy");
            case WRONG_CONTENT_TYPE -> succeeds();
            case UNKNOWN_STATUS -> notApplicable("an upload policy carries no status");
        };
    }

    private static Expect uploadFile(FaultKind fault) {
        return switch (fault) {
            case REFUSED, RESET_BEFORE_SENT -> notApplicable("the storage host is reached at the URL the policy names,"
                    + " not through the gate; a reset before a large body left is shown on wan26api's create");
            case RESET_AFTER_SENT, EMPTY_RESPONSE, MALFORMED_CHUNKED, RANDOM_BYTES -> recovers(TransportException.class);
            case SLOW -> recovers(RequestTimeoutException.class)
                    .because("the first upload was stored and only its answer lost; the storage forbids overwriting,"
                            + " so the retry meets 409 FileAlreadyExists, which counts as uploaded (names derive from"
                            + " the content)");
            case HTTP_408 -> recovers(RequestTimeoutException.class);
            case HTTP_400, HTTP_404, HTTP_409, HTTP_413 -> fails(InvalidRequestException.class)
                    .because("the storage host's XML error: its HTTP status decides (the 409 played is FileImmutable;"
                            + " FileAlreadyExists is met in the \"slower than the timeout\" row)");
            case HTTP_401 -> fails(AuthenticationException.class);
            case HTTP_403 -> fails(PermissionException.class);
            case HTTP_429 -> recovers(RateLimitedException.class);
            case HTTP_429_RETRY_AFTER -> fails(RateLimitedException.class);
            case HTTP_500, HTTP_502, HTTP_503, HTTP_504, HTML_ERROR_PAGE -> recovers(ProviderServerException.class);
            case TRUNCATED_JSON, WRONG_CONTENT_TYPE -> succeeds().because("the storage answers 200 with no body to read");
            case OVERSIZED_BODY -> fails(UnexpectedResponseException.class);
            case UNKNOWN_STATUS, MISSING_FIELDS -> notApplicable("the storage host's answer has no body");
        };
    }

    private static Expect download(FaultKind fault) {
        return switch (fault) {
            case REFUSED -> persists(TransportException.class, "the file host is the emulator itself: it is stopped");
            case RESET_BEFORE_SENT -> notApplicable("a GET has no body: the same as a reset after sending; the file host"
                    + " is not behind the gate");
            case RESET_AFTER_SENT, EMPTY_RESPONSE, MALFORMED_CHUNKED, RANDOM_BYTES -> recovers(TransportException.class);
            case SLOW, HTTP_408 -> recovers(RequestTimeoutException.class);
            case HTTP_400, HTTP_401, HTTP_409, HTTP_413 -> fails(UnexpectedResponseException.class)
                    .because("the file host refused: not retried");
            case HTTP_403, HTTP_404 -> fails(TaskExpiredException.class).because("result URLs expire");
            case HTTP_429 -> recovers(RateLimitedException.class);
            case HTTP_429_RETRY_AFTER -> fails(RateLimitedException.class);
            case HTTP_500, HTTP_502, HTTP_503, HTTP_504, HTML_ERROR_PAGE -> recovers(ProviderServerException.class);
            case WRONG_CONTENT_TYPE -> fails(UnexpectedResponseException.class).because("an HTML page is not a video");
            case OVERSIZED_BODY -> fails(UnexpectedResponseException.class)
                    .because("larger than DownloadOptions.withMaxBytes; no partial file");
            case TRUNCATED_JSON, UNKNOWN_STATUS, MISSING_FIELDS -> notApplicable("a video is not JSON");
        };
    }
}
