package dev.wanr2v.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.MediaKind;
import dev.wanr2v.MediaSource;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.TaskStatus;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.statistics.Histogram;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/** The domain's generators reach the edges, measured with jqwik statistics. */
@Domain(R2vDomain.class)
class CoverageProperties {

    @Property(tries = 1000)
    @StatisticsReport(format = Histogram.class)
    void validRequestsReachTheEdges(@ForAll R2vRequest r) {
        long videos = r.references().stream().filter(x -> x.kind() == MediaKind.VIDEO).count();
        int length = r.prompt().codePointCount(0, r.prompt().length());
        boolean cjk = r.prompt().codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF);
        boolean emoji = r.prompt().codePoints().anyMatch(c -> c >= 0x1F300);
        Statistics.label("references").collect(r.references().size());
        Statistics.label("videos").collect(videos);
        Statistics.label("1500 code points with CJK and emoji").collect(length == 1500 && cjk && emoji);
        Statistics.label("seed").collect(r.seed().isEmpty() ? "none" : r.seed().getAsLong() == 0 ? "0"
                : r.seed().getAsLong() == 2_147_483_647L ? "2147483647" : "other");
        Statistics.label("data URI reference").collect(
                r.references().stream().anyMatch(x -> x.source() instanceof MediaSource.DataUri));
        Statistics.label("duration").collect(r.durationSeconds() == 2 ? "2" : r.durationSeconds() == 15 ? "15" : "other");

        Statistics.label("references").coverage(c -> {
            c.check(5).count(n -> n >= 50);
            c.check(1).count(n -> n >= 50);
        });
        Statistics.label("videos").coverage(c -> c.check(3L).count(n -> n >= 50));
        Statistics.label("1500 code points with CJK and emoji").coverage(c -> c.check(true).count(n -> n >= 50));
        Statistics.label("seed").coverage(c -> {
            c.check("0").count(n -> n >= 10);
            c.check("2147483647").count(n -> n >= 10);
            c.check("none").count(n -> n >= 10);
        });
        Statistics.label("data URI reference").coverage(c -> c.check(true).count(n -> n >= 50));
        Statistics.label("duration").coverage(c -> {
            c.check("2").count(n -> n >= 20);
            c.check("15").count(n -> n >= 20);
        });
        assertThat(length).isBetween(1, 1500);
    }

    @Property(tries = 1000)
    void statusScriptsReachEveryOutcomeAndUnknownStatuses(@ForAll StatusScript script) {
        boolean unknown = script.steps().stream().anyMatch(s -> s.status() == TaskStatus.UNRECOGNIZED);
        Statistics.label("outcome").collect(script.outcome().kind());
        Statistics.label("unknown status in the middle").collect(unknown);
        Statistics.label("steps").collect(script.steps().isEmpty() ? "none" : "some");
        Statistics.label("outcome").coverage(c -> {
            for (Outcome.Kind kind : Outcome.Kind.values()) {
                c.check(kind).count(n -> n >= 100);
            }
        });
        Statistics.label("unknown status in the middle").coverage(c -> c.check(true).count(n -> n >= 50));
        Statistics.label("steps").coverage(c -> c.check("none").count(n -> n >= 10));
        List<Double> progress = script.steps().stream().filter(s -> s.status() != TaskStatus.QUEUED)
                .map(StatusScript.Step::progress).toList();
        assertThat(progress).isSorted();
    }

    @Property(tries = 400)
    void hostileBodiesReachEveryKind(@ForAll HostileBody body) {
        Statistics.label("kind").collect(body.kind());
        Statistics.label("kind").coverage(c -> {
            for (HostileBody.Kind kind : HostileBody.Kind.values()) {
                c.check(kind).count(n -> n >= 5);
            }
        });
        assertThat(body.kind() == HostileBody.Kind.EMPTY).isEqualTo(body.body().length == 0);
    }
}
