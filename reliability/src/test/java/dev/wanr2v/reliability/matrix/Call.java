package dev.wanr2v.reliability.matrix;

import dev.wanr2v.reliability.support.Vendor;
import dev.wanr2v.spi.Operation;

/** The calls of the matrix: each is made through the public API, the way an application makes it. */
enum Call {
    /** {@code generateAsync}: the create call (then the wait, to see the video arrive). */
    CREATE("create", Operation.CREATE),
    /** {@code status(handle)}: one status call, with its retries. */
    STATUS("status", Operation.STATUS),
    /** {@code awaitAsync(handle)}: status calls until the task ends or the wait's deadline. */
    AWAIT("await", Operation.STATUS),
    /** {@code cancel(handle)} of a queued task. */
    CANCEL("cancel", Operation.CANCEL),
    /** {@code generateAsync} of a local file: the upload policy call. */
    UPLOAD_GRANT("upload policy", Operation.UPLOAD),
    /** {@code generateAsync} of a local file: the multipart upload to the storage host. */
    UPLOAD_FILE("upload file", Operation.UPLOAD),
    /** {@code GeneratedVideo.download(path)}. */
    DOWNLOAD("download", Operation.DOWNLOAD);

    private final String label;
    private final Operation operation;

    Call(String label, Operation operation) {
        this.label = label;
        this.operation = operation;
    }

    /** The emulator operation whose calls the faults hit. */
    Operation operation() {
        return operation;
    }

    /** Whether the vendor has this call at all (README: cancel and uploads are DashScope's). */
    boolean offeredBy(Vendor vendor) {
        return switch (this) {
            case CANCEL -> vendor.cancels();
            case UPLOAD_GRANT, UPLOAD_FILE -> vendor.uploads();
            default -> true;
        };
    }

    /** The calls a vendor has, in order. */
    static java.util.List<Call> of(Vendor vendor) {
        return java.util.Arrays.stream(values()).filter(c -> c.offeredBy(vendor)).toList();
    }

    @Override
    public String toString() {
        return label;
    }
}
