package dev.wanr2v.internal.media;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The boxes (atoms) of an ISO base media file, MP4 or QuickTime: reads 8 bytes per box header (16
 * with a 64-bit {@code largesize}) and seeks past the payload, so a 100 MB {@code mdat} costs 8 bytes.
 * A size of 0 means "to the end of the enclosing box or file". Sizes smaller than the header or
 * reaching past the parent are damage; every box moves forward, so lying sizes cannot loop.
 */
final class IsoBoxes {
    private static final int MAX_BOXES = 10_000;

    private final MediaInput in;
    private int budget = MAX_BOXES;

    IsoBoxes(MediaInput in) {
        this.in = in;
    }

    record Box(String type, long start, int headerSize, long end) {
        long payload() {
            return start + headerSize;
        }

        long payloadSize() {
            return end - payload();
        }
    }

    List<Box> topLevel() throws IOException, DamagedMediaException {
        return children(0, in.size(), "the file");
    }

    List<Box> children(Box parent) throws IOException, DamagedMediaException {
        return children(parent.payload(), parent.end(), "box '" + parent.type() + "'");
    }

    static Box find(List<Box> boxes, String type) {
        return boxes.stream().filter(b -> b.type().equals(type)).findFirst().orElse(null);
    }

    private List<Box> children(long from, long to, String parent) throws IOException, DamagedMediaException {
        List<Box> boxes = new ArrayList<>();
        long pos = from;
        while (pos < to) {
            if (to - pos < 8) {
                if (isZero(in.read(pos, (int) (to - pos), "the end of " + parent))) {
                    break;
                }
                throw new DamagedMediaException((to - pos) + " stray bytes at byte " + pos + " at the end of " + parent);
            }
            if (--budget < 0) {
                throw new DamagedMediaException("more than " + MAX_BOXES + " boxes");
            }
            Box box = box(pos, to, parent);
            boxes.add(box);
            pos = box.end();
        }
        return boxes;
    }

    private Box box(long pos, long to, String parent) throws IOException, DamagedMediaException {
        ByteBuffer header = in.read(pos, 8, "the box header at byte " + pos);
        long size = MediaInput.u32(header, 0);
        String type = MediaInput.fourCc(header, 4);
        int headerSize = 8;
        if (size == 1) {
            size = in.read(pos + 8, 8, "the 64-bit size of box '" + type + "'").getLong(0);
            headerSize = 16;
        } else if (size == 0) {
            size = to - pos;
        }
        if (size < headerSize) {
            throw new DamagedMediaException("box '" + type + "' at byte " + pos + " declares a size of "
                    + Long.toUnsignedString(size) + " bytes, less than its own header");
        }
        if (size > to - pos) {
            throw new DamagedMediaException("box '" + type + "' at byte " + pos + " declares " + size
                    + " bytes, but " + parent + " has only " + (to - pos) + " left: it is cut, or the size lies");
        }
        return new Box(type, pos, headerSize, pos + size);
    }

    private static boolean isZero(ByteBuffer b) {
        for (int i = 0; i < b.limit(); i++) {
            if (b.get(i) != 0) {
                return false;
            }
        }
        return true;
    }
}
