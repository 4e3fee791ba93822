package dev.wanr2v.reliability.hostile;

import dev.wanr2v.MediaKind;
import dev.wanr2v.reliability.support.Vendor;

/**
 * A client configuration whose validation the hostile inputs meet: the three providers, and UniAll with
 * a {@link dev.wanr2v.MediaUploader} (without one it refuses local files by their form, before reading
 * them).
 */
enum Target {
    DASHSCOPE(Vendor.DASHSCOPE, false),
    UNIALL(Vendor.UNIALL, false),
    UNIALL_WITH_UPLOADER(Vendor.UNIALL, true),
    WAN26API(Vendor.WAN26API, false);

    private final Vendor vendor;
    private final boolean uploader;

    Target(Vendor vendor, boolean uploader) {
        this.vendor = vendor;
        this.uploader = uploader;
    }

    Vendor vendor() {
        return vendor;
    }

    boolean uploader() {
        return uploader;
    }

    /** Whether it takes {@code data:} URIs of this kind (README: only wan26api, for images and videos). */
    boolean takesDataUris(MediaKind kind) {
        return vendor == Vendor.WAN26API && kind != MediaKind.AUDIO;
    }

    /** Whether it takes local files of this kind at all (else: rule R2V-INPUT-FORM, content unread). */
    boolean takesLocalFiles(MediaKind kind) {
        return uploader || vendor == Vendor.DASHSCOPE || takesDataUris(kind);
    }

    /** Whether its API carries a negative prompt (wan26api's does not). */
    boolean takesNegativePrompts() {
        return vendor != Vendor.WAN26API;
    }
}
