package dev.wanr2v.reliability.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/RELIABILITY.md shows the matrix the suite runs: the table between its markers is exactly what
 * {@link MatrixTable} renders from {@link Expectations}. A fresh rendering is written to
 * {@code target/matrix.md} to paste when the expectations change.
 */
class MatrixDocTest {
    private static final String START = "<!-- matrix:start -->\n";
    private static final String END = "<!-- matrix:end -->";

    @Test
    void theDocumentShowsTheMatrixAsTheTestsRunIt() throws IOException {
        String rendered = MatrixTable.render();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "matrix.md"), rendered);
        String doc = Files.readString(Path.of("..", "docs", "RELIABILITY.md"));
        assertThat(doc).contains(START).contains(END);
        String shown = doc.substring(doc.indexOf(START) + START.length(), doc.indexOf(END));
        assertThat(shown).as("the matrix in docs/RELIABILITY.md; paste target/matrix.md between the markers")
                .isEqualTo(rendered);
    }
}
