package dev.wanr2v.bench.stub;

import java.io.IOException;
import java.util.Optional;

/** The scripted test vendor ({@link ScriptedAnswers}) on a {@link NioServer}. */
final class NioLoopbackStub implements LoopbackStub {
    private final ScriptedAnswers answers;
    private final NioServer server;

    NioLoopbackStub(ScriptedAnswers answers) throws IOException {
        this.answers = answers;
        this.server = new NioServer(answers);
    }

    @Override
    public String baseUrl() {
        return server.baseUrl();
    }

    @Override
    public long requests() {
        return answers.requests();
    }

    @Override
    public Optional<StubRequest> lastCreate() {
        return Optional.ofNullable(answers.lastCreate());
    }

    @Override
    public Optional<StubRequest> lastStatus() {
        return Optional.ofNullable(answers.lastStatus());
    }

    @Override
    public void close() {
        server.close();
    }
}
