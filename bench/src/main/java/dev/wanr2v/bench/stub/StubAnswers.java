package dev.wanr2v.bench.stub;

/** What a loopback stub answers: one response per request, computed on the stub's selector thread. */
interface StubAnswers {

    /** The answer to {@code request}. */
    StubResponse answer(StubRequest request);

    /** A response: HTTP status and JSON body. */
    record StubResponse(int status, byte[] body) {
        static StubResponse ok(byte[] body) {
            return new StubResponse(200, body);
        }
    }
}
