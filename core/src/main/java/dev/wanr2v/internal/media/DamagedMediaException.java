package dev.wanr2v.internal.media;

/** Content whose structure is broken: cut short, sizes that lie, impossible header values. */
final class DamagedMediaException extends Exception {
    private static final long serialVersionUID = 1L;

    DamagedMediaException(String problem) {
        super(problem, null, false, false);
    }

    static DamagedMediaException cut(String what, long start, long end, long available) {
        return new DamagedMediaException(what + " (bytes " + start + ".." + end + ") runs past the end of the data at "
                + available + " bytes: it is cut, or a size field lies");
    }
}
