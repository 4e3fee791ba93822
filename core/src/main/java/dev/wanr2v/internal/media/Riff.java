package dev.wanr2v.internal.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/** RIFF files (WAVE, WEBP): the form header and its chunk headers, read 8 bytes at a time. */
final class Riff {
    private static final int MAX_CHUNKS = 1024;

    private Riff() {
    }

    /** One chunk: a four-character id, then {@code size} bytes of data, padded to an even length. */
    record Chunk(String id, long start, long size) {
        long dataStart() {
            return start + 8;
        }

        long next() {
            return start + 8 + size + (size & 1);
        }
    }

    /** Where the RIFF form ends, after checking that the data holds as many bytes as its header says. */
    static long formEnd(MediaInput in) throws IOException, DamagedMediaException {
        ByteBuffer header = in.readLittleEndian(0, 12, "the RIFF header");
        long end = 8 + MediaInput.u32(header, 4);
        if (end > in.size()) {
            throw new DamagedMediaException("its RIFF header says it holds " + end + " bytes, but there are only "
                    + in.size() + ": it is cut");
        }
        if (end < 12) {
            throw new DamagedMediaException("its RIFF header gives a size of " + end + " bytes, less than the header");
        }
        return end;
    }

    /** The chunks from {@code from} to {@code end}; each must fit before {@code end}. */
    static List<Chunk> chunks(MediaInput in, long from, long end) throws IOException, DamagedMediaException {
        List<Chunk> chunks = new ArrayList<>();
        long pos = from;
        while (end - pos >= 8) {
            if (chunks.size() == MAX_CHUNKS) {
                throw new DamagedMediaException("more than " + MAX_CHUNKS + " RIFF chunks");
            }
            ByteBuffer header = in.readLittleEndian(pos, 8, "the chunk header at byte " + pos);
            Chunk chunk = new Chunk(MediaInput.fourCc(header, 0), pos, MediaInput.u32(header, 4));
            if (chunk.dataStart() + chunk.size() > end) {
                throw DamagedMediaException.cut("chunk '" + chunk.id() + "'", pos, chunk.dataStart() + chunk.size(),
                        end);
            }
            chunks.add(chunk);
            pos = chunk.next();
        }
        return chunks;
    }

    static Chunk first(List<Chunk> chunks, String id, String label) throws DamagedMediaException {
        for (Chunk chunk : chunks) {
            if (chunk.id().equals(id)) {
                return chunk;
            }
        }
        throw new DamagedMediaException("it has no '" + id + "' chunk (" + label + ")");
    }
}
