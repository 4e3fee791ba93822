package dev.wanr2v.internal.media;

import dev.wanr2v.MediaFormat;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * WAV: checks the RIFF size against the data, walks the chunk headers to {@code fmt } and
 * {@code data}, and takes the duration as the data size over the byte rate. For PCM and float audio
 * the byte rate must agree with the sample rate and block size, so a lying header cannot pass.
 */
final class WavInspector {
    static final String LABEL = "WAV";
    private static final int PCM = 1;
    private static final int IEEE_FLOAT = 3;
    private static final int EXTENSIBLE = 0xFFFE;

    private WavInspector() {
    }

    static MediaInfo inspect(MediaInput in) throws IOException, DamagedMediaException {
        List<Riff.Chunk> chunks = Riff.chunks(in, 12, Riff.formEnd(in));
        Riff.Chunk format = Riff.first(chunks, "fmt ", "the audio format");
        Riff.Chunk data = Riff.first(chunks, "data", "the samples");
        if (format.size() < 16) {
            throw new DamagedMediaException("its 'fmt ' chunk is too short: " + format.size() + " bytes");
        }
        ByteBuffer fmt = in.readLittleEndian(format.dataStart(), 16, "the 'fmt ' chunk");
        int audioFormat = MediaInput.u16(fmt, 0);
        int channels = MediaInput.u16(fmt, 2);
        long sampleRate = MediaInput.u32(fmt, 4);
        long byteRate = MediaInput.u32(fmt, 8);
        int blockAlign = MediaInput.u16(fmt, 12);
        if (channels == 0 || sampleRate == 0 || byteRate == 0 || blockAlign == 0) {
            throw new DamagedMediaException("its 'fmt ' chunk gives " + channels + " channels, " + sampleRate
                    + " samples/s, " + byteRate + " bytes/s and " + blockAlign + " bytes per block");
        }
        boolean uncompressed = audioFormat == PCM || audioFormat == IEEE_FLOAT || audioFormat == EXTENSIBLE;
        if (uncompressed && byteRate != sampleRate * blockAlign) {
            throw new DamagedMediaException("its 'fmt ' chunk gives a byte rate of " + byteRate + "/s, but "
                    + sampleRate + " samples/s of " + blockAlign + " bytes make " + sampleRate * blockAlign + "/s");
        }
        return MediaInfo.timed(MediaFormat.WAV, in.size(), (double) data.size() / byteRate);
    }
}
