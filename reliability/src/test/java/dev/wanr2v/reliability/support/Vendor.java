package dev.wanr2v.reliability.support;

import dev.wanr2v.R2vRequest;
import dev.wanr2v.Reference;
import dev.wanr2v.VideoSize;
import java.nio.file.Path;
import java.util.Locale;

/** The three providers under test and what each offers (README, "Providers"). */
public enum Vendor {
    /** DashScope: cancel of PENDING tasks, uploads of local files to its storage. */
    DASHSCOPE("dashscope", true, true),
    /** UniAll: URLs only, no cancel. */
    UNIALL("uniall", false, false),
    /** wan26api: data URIs and streamed local files, no cancel. */
    WAN26API("wan26api", false, false);

    private final String id;
    private final boolean cancels;
    private final boolean uploads;

    Vendor(String id, boolean cancels, boolean uploads) {
        this.id = id;
        this.cancels = cancels;
        this.uploads = uploads;
    }

    /** The provider id. */
    public String id() {
        return id;
    }

    /** Whether the provider can cancel tasks. */
    public boolean cancels() {
        return cancels;
    }

    /** Whether local files go through the vendor's own upload flow. */
    public boolean uploads() {
        return uploads;
    }

    /**
     * A small request every provider accepts: FLASH, 720P, 5 s, one image then one video (public URLs),
     * its prompt tagged with {@code marker} so that the emulator's journal tells which submit a task
     * came from.
     */
    public R2vRequest request(String marker) {
        return R2vRequest.builder().prompt("character1 waves at character2 [" + marker + "]")
                .reference(Reference.image("https://cdn.example.com/refs/alice.png"))
                .reference(Reference.video("https://cdn.example.com/refs/bob.mp4"))
                .size(VideoSize.P720_LANDSCAPE).duration(5).build();
    }

    /** A request whose only reference is a local file. */
    public R2vRequest localFileRequest(String marker, Path image) {
        return R2vRequest.builder().prompt("character1 smiles [" + marker + "]").reference(Reference.image(image))
                .size(VideoSize.P720_LANDSCAPE).duration(5).build();
    }

    @Override
    public String toString() {
        return id.toLowerCase(Locale.ROOT);
    }
}
