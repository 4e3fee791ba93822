package dev.wanr2v.reliability.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.MediaKind;
import dev.wanr2v.MediaSource;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.Reference;
import dev.wanr2v.Rule;
import dev.wanr2v.testkit.R2vArbitraries;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * Hostile input (docs/RELIABILITY.md, "Hostile input"): whatever the request holds, a broken one is
 * refused with {@code InvalidRequestException} naming the right rule, never another exception, and
 * nothing reaches the wire (the emulators' journals stay empty, the uploader is never called). The rest
 * of each request is a valid one from the testkit's generator, so only the hostile part can be wrong.
 */
class HostileInputProperties {
    private static ValidationRig rig;
    private static HostileFiles files;

    /** One hostile request: where it goes, what it is, which rules it must break (and may add). */
    record Attempt(Target target, String how, R2vRequest request, Set<Rule> required, Set<Rule> allowed) {
        @Override
        public String toString() {
            return target + " / " + how + " → " + required;
        }
    }

    @BeforeContainer
    static void start() {
        rig = new ValidationRig();
        files = new HostileFiles();
    }

    @AfterContainer
    static void stop() throws IOException {
        rig.close();
        files.close();
    }

    @Property(tries = 2000, generation = GenerationMode.RANDOMIZED)
    void hostilePromptsAreRefusedByTheirRules(@ForAll("prompts") Attempt attempt) {
        check(attempt);
    }

    @Property(tries = 1500, generation = GenerationMode.RANDOMIZED)
    void hostileNegativePromptsAreRefusedByTheirRules(@ForAll("negativePrompts") Attempt attempt) {
        check(attempt);
    }

    @Property(tries = 2000, generation = GenerationMode.RANDOMIZED)
    void refusedSchemesAndMalformedUrlsAreRefusedByTheirRules(@ForAll("urls") Attempt attempt) {
        check(attempt);
    }

    @Property(tries = 2000, generation = GenerationMode.RANDOMIZED)
    void brokenAndLyingDataUrisAreRefusedByTheirRules(@ForAll("dataUris") Attempt attempt) {
        check(attempt);
    }

    @Property(tries = 2500, generation = GenerationMode.RANDOMIZED)
    void missingOddUnreadableAndLyingFilesAreRefusedByTheirRules(@ForAll("localFiles") Attempt attempt) {
        Statistics.label("permissions deny reading").collect(files.permissionsDenyReading());
        check(attempt);
    }

    private static void check(Attempt attempt) {
        assertThat(attempt.required()).as("a hostile input breaks some rule").isNotEmpty();
        Statistics.label("case").collect(attempt.how());
        Statistics.label("target").collect(attempt.target());
        rig.assertRefused(attempt.target(), attempt.request(), attempt.required(), attempt.allowed());
    }

    @Provide
    Arbitrary<Attempt> prompts() {
        return Arbitraries.of(Target.values()).flatMap(t -> Combinators.combine(valid(t),
                HostileTexts.texts(HostileTexts.MAX_PROMPT)).as((r, p) -> new Attempt(t, "prompt " + rules(
                        HostileTexts.promptRules(p)), r.toBuilder().prompt(p).build(), HostileTexts.promptRules(p),
                        Set.of())));
    }

    @Provide
    Arbitrary<Attempt> negativePrompts() {
        return Arbitraries.of(Target.DASHSCOPE, Target.UNIALL).flatMap(t -> Combinators.combine(valid(t),
                HostileTexts.nonBlank(HostileTexts.MAX_NEGATIVE_PROMPT)).as((r, n) -> new Attempt(t,
                        "negative prompt " + rules(HostileTexts.negativePromptRules(n)),
                        r.toBuilder().negativePrompt(n).build(), HostileTexts.negativePromptRules(n), Set.of())));
    }

    @Provide
    Arbitrary<Attempt> urls() {
        return Arbitraries.of(Target.values()).flatMap(t -> Combinators.combine(valid(t),
                Arbitraries.oneOf(HostileSources.badSchemes(), HostileSources.badSyntax()), kinds())
                .as((r, h, kind) -> attempt(t, r, kind, h.how(), h.source(), h.required(), Set.of())));
    }

    @Provide
    Arbitrary<Attempt> dataUris() {
        return Combinators.combine(Arbitraries.of(Target.values()), kinds()).flatAs((t, kind) ->
                Combinators.combine(valid(t), HostileSources.badDataUris(kind, t.takesDataUris(kind))).as((r, h) ->
                        attempt(t, r, kind, h.how(), h.source(), h.required(), t.takesDataUris(kind)
                                ? Set.of() : EnumSet.of(Rule.INPUT_FORM))));
    }

    @Provide
    Arbitrary<Attempt> localFiles() {
        return Combinators.combine(Arbitraries.of(Target.values()), Arbitraries.of(HostileFiles.Case.class))
                .flatAs((t, c) -> valid(t).map(r -> attempt(t, r, c.kind(), c.name(),
                        MediaSource.file(files.path(c)), t.takesLocalFiles(c.kind())
                                ? EnumSet.of(files.rule(c)) : EnumSet.of(Rule.INPUT_FORM), Set.of())));
    }

    private static String rules(Set<Rule> rules) {
        return rules.stream().map(Rule::id).toList().toString();
    }

    /** Valid requests for the target, from the testkit's generator. */
    private static Arbitrary<R2vRequest> valid(Target target) {
        return R2vArbitraries.validRequests(rig.capabilities(target));
    }

    private static Arbitrary<MediaKind> kinds() {
        return Arbitraries.of(MediaKind.IMAGE, MediaKind.VIDEO);
    }

    /** The valid request with the hostile source as its only reference. */
    private static Attempt attempt(Target target, R2vRequest valid, MediaKind kind, String how, MediaSource source,
            Set<Rule> required, Set<Rule> allowed) {
        R2vRequest request = valid.toBuilder().references(List.of(new Reference(kind, source))).build();
        return new Attempt(target, how + " as " + kind.label(), request, required, allowed);
    }
}
