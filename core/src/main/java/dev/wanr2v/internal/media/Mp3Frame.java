package dev.wanr2v.internal.media;

/**
 * The 4-byte header of an MPEG audio layer III frame.
 *
 * @param version    1 (MPEG-1), 2 (MPEG-2) or 25 (MPEG-2.5)
 * @param bitrate    bits per second
 * @param sampleRate samples per second
 * @param padded     whether the frame carries one padding byte
 * @param mono       whether it is single-channel
 */
record Mp3Frame(int version, int bitrate, int sampleRate, boolean padded, boolean mono) {
    private static final int[] MPEG1_KBPS = {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320};
    private static final int[] MPEG2_KBPS = {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160};
    private static final int[] MPEG1_RATES = {44_100, 48_000, 32_000};
    private static final int LAYER_III = 1;

    /** The frame a header describes, or {@code null} if these bytes are not a layer III frame header. */
    static Mp3Frame parse(int header) {
        int versionBits = (header >>> 19) & 3;
        int layerBits = (header >>> 17) & 3;
        int bitrateIndex = (header >>> 12) & 0xF;
        int rateIndex = (header >>> 10) & 3;
        if ((header >>> 21) != 0x7FF || versionBits == 1 || layerBits != LAYER_III || bitrateIndex == 0
                || bitrateIndex == 15 || rateIndex == 3) {
            return null;
        }
        int version = versionBits == 3 ? 1 : versionBits == 2 ? 2 : 25;
        int kbps = version == 1 ? MPEG1_KBPS[bitrateIndex] : MPEG2_KBPS[bitrateIndex];
        int rate = MPEG1_RATES[rateIndex] / (version == 1 ? 1 : version == 2 ? 2 : 4);
        return new Mp3Frame(version, kbps * 1000, rate, ((header >>> 9) & 1) == 1, ((header >>> 6) & 3) == 3);
    }

    /** Whether the first bytes could start a layer III frame header (sync, layer and version bits). */
    static boolean looksLikeStart(int b0, int b1) {
        return b0 == 0xFF && (b1 & 0xE0) == 0xE0 && (b1 & 0x06) == 0x02 && (b1 & 0x18) != 0x08;
    }

    int samples() {
        return version == 1 ? 1152 : 576;
    }

    /** The whole frame, header included, in bytes. */
    int length() {
        return samples() / 8 * bitrate / sampleRate + (padded ? 1 : 0);
    }

    /** Where a Xing or Info header would start, from the frame's first byte: after the side information. */
    int xingOffset() {
        return 4 + (version == 1 ? (mono ? 17 : 32) : (mono ? 9 : 17));
    }

    double seconds() {
        return (double) samples() / sampleRate;
    }

    /** Whether another frame belongs to the same stream: same MPEG version and sample rate. */
    boolean sameStream(Mp3Frame other) {
        return other.version == version && other.sampleRate == sampleRate;
    }
}
