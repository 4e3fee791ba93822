package dev.wanr2v.bench.report;

/**
 * The analysis behind the figures: why the missed targets are missed, and what would fix them. Written
 * by hand from profiling (JFR allocation and execution samples, the experiments in the tables); the
 * numbers above are regenerated on every run, this text is not, so re-read it after a big change.
 */
final class Findings {
    static final String TEXT = """
            ## Findings

            **Per-call overhead.** The engine's per-call work is small and spread out (no hot spot in JFR
            execution samples: validation, building the call, URI resolution, futures, reading the answer), and
            it allocates modestly more than raw HttpClient (see the allocation column). The gap is mostly
            structural: `CallRunner` hands every answer from the HTTP I/O thread to the engine's worker pool
            (`whenCompleteAsync(.., engine.workers())`) before the caller's future completes, so a blocking
            `submit` or `status` costs two thread wake-ups per call where raw HttpClient costs one. On this
            virtual machine, with other work competing for its two cores, a wake-up costs tens of microseconds,
            as much as the loopback round trip itself. The two experiments show it: raw HttpClient with that one
            hand-off added is about as slow as wan-r2v, and wan-r2v with the hand-off removed (its worker pool
            replaced, by reflection, with a direct executor) comes much closer to raw. The scripted test codec
            adds its own cost on top (its create body is streamed through a body-writer thread, a third hand-off,
            and it compiles regular expressions and copies through `Reader.transferTo` buffers on every call:
            over half of that path's allocation), which is why the lean codec is the fair measure of the engine.

            *Proposed fix (core, not made here):* for blocking calls, read the answer on the thread that is
            waiting anyway (the caller), or on the I/O thread for small answers when no listener is attached, and
            keep the worker hand-off for `…Async` futures, listeners and waits (where running user code on I/O
            threads would be wrong). That removes one wake-up per call from `submit`, `status`, `cancel` and
            `estimateCost`. Not a small change: `CallRunner` would need an executor per call spec.

            **Streaming into a JSON body.** The engine's own data URI stream is several times faster than the
            JDK's `Base64` output stream fed by `Files.copy` (it encodes 48 KB chunks with the bulk encoder and
            reads with few system calls). Inside the wan26api codec's body it is several times slower than the
            baseline: JFR shows the time in Jackson's `UTF8JsonGenerator._writeStringSegment` (per-character
            escape checks and char-to-UTF-8 encoding) and in the data URI reader's byte-to-char copy, i.e. every
            base64 byte is widened to a char and narrowed back. The experiment shows the fix: a data URI needs no
            JSON escaping, so the codec can flush the generator, copy the URI's ASCII bytes straight to the body
            stream and close the string with a raw quote; the body is byte-identical and as fast as the engine's
            stream. *Proposed fix (SPI + wan26api, not made here):* let `PreparedMedia` open a streamed data URI
            as ASCII bytes (e.g. `openAsciiStream()`, backed by `DataUriSource.openStream()`), and write it that
            way in `CreateBody.writeMedia`. Heap stays flat either way.

            **What this run does not cover.** The vendor emulators of the testkit branch (WireMock) are not on
            this branch: the per-call and wait benchmarks use the scripted vendor's protocol on a loopback stub.
            HTTPS, real networks and vendor latency are out of scope: on a real network the per-call overhead
            (tens of microseconds) vanishes next to round trips of tens of milliseconds.
            """;

    private Findings() {
    }
}
