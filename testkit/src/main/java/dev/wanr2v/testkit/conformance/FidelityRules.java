package dev.wanr2v.testkit.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.InvalidRequestException;
import dev.wanr2v.MediaFormat;
import dev.wanr2v.MediaKind;
import dev.wanr2v.MediaSource;
import dev.wanr2v.R2vRequest;
import dev.wanr2v.Reference;
import dev.wanr2v.TaskHandle;
import dev.wanr2v.spi.Capabilities;
import dev.wanr2v.spi.Feature;
import dev.wanr2v.spi.LocalMediaRoute;
import dev.wanr2v.spi.Operation;
import dev.wanr2v.spi.support.BaseUrlRule;
import dev.wanr2v.testkit.R2vArbitraries;
import dev.wanr2v.testkit.emulator.Emulator;
import dev.wanr2v.testkit.emulator.Fault;
import dev.wanr2v.testkit.emulator.RecordedRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Rules 3.x: what the provider sends is what the user asked for. The emulator decodes every create
 * body into a neutral request, its own reading of the vendor's documents, independent of the
 * provider; the two must agree on every field the provider declares.
 */
public interface FidelityRules extends ConformanceRules {

    /** Valid requests under the kit's capabilities. */
    @Provide
    default Arbitrary<R2vRequest> kitValidRequests() {
        return R2vArbitraries.validRequests(session().capabilities());
    }

    /**
     * <b>R2V-3.1</b> For any valid request, {@code submit} sends one create call that the vendor
     * accepts, and the vendor reads it as the request asked: tier, prompt (exactly, code point for code
     * point), references (count, order, kind, exact URL or data URI), size and duration always; negative
     * prompt, audio guide, audio on/off, shot type, prompt extension, watermark and seed when the
     * provider declares the matching {@code Feature} (undeclared fields are not compared: valid requests
     * leave them at their defaults). A request the provider's configuration refuses before sending anything,
     * by rules of its own only (its codec's {@code check}, such as a configured model that cannot serve the
     * request), passes.
     *
     * <p>If this fails, check: {@value KitAdvice#R2V_3_1}.
     */
    @Property(tries = 40, shrinking = ShrinkingMode.OFF)
    @KitRule(check = KitAdvice.R2V_3_1)
    default void required_R2V_3_1_sendsValidRequestsFaithfully(@ForAll("kitValidRequests") R2vRequest request) {
        KitSession s = session();
        Emulator emulator = s.freshEmulator();
        try {
            s.client().submit(request);
        } catch (InvalidRequestException e) {
            if (OwnRules.onlyOwn(e.ruleIds()) && emulator.journal().size() == 0) {
                return; // the provider's configuration refuses it by a rule of its own, before sending
            }
            throw e;
        }
        List<RecordedRequest> creates = emulator.journal().of(Operation.CREATE);
        assertThat(creates).as("create calls received").hasSize(1);
        R2vRequest read = creates.get(0).decodedRequest().orElseThrow(() -> new AssertionError(
                "the emulator could not read the create body: " + creates.get(0)));
        assertThat(RequestFidelity.differences(request, read, s.capabilities())).as("fields the vendor read"
                + " differently from what was asked").isEmpty();
    }

    /**
     * <b>R2V-3.2</b> The handle {@code submit} returns names the task the vendor created: the provider's
     * id, the vendor's task id, the endpoint; and its token reads back to the same handle.
     *
     * <p>If this fails, check: {@value KitAdvice#R2V_3_2}.
     */
    @Example
    @KitRule(check = KitAdvice.R2V_3_2)
    default void required_R2V_3_2_handleNamesTheCreatedTask() {
        KitSession s = session();
        Emulator emulator = s.freshEmulator();
        TaskHandle handle = s.client().submit(KitRequests.minimal(s.capabilities()));
        assertThat(emulator.tasks()).as("tasks created").hasSize(1);
        assertThat(handle.taskId()).as("the handle's task id").isEqualTo(emulator.tasks().get(0).id());
        assertThat(handle.providerId()).as("the handle's provider").isEqualTo(s.provider().id());
        assertThat(BaseUrlRule.normalize(handle.endpoint())).as("the handle's endpoint")
                .isEqualTo(emulator.baseUrl());
        assertThat(TaskHandle.parse(handle.toToken())).as("the handle read back from its token").isEqualTo(handle);
    }

    /**
     * <b>R2V-3.3</b> A reference and an audio guide held as local files reach the vendor byte for byte, by
     * the route the provider declares ({@code Capabilities.localMedia()}): the vendor reads each as a
     * {@code data:} URI of the file's bytes, or as a file it stores under the reference the create call names
     * (an upload; the emulator says what it stores, {@code VendorProtocol.storedFile}). The kit sends a
     * sample image (a video where local images are not taken), and an MP3 audio guide where the provider
     * declares {@code AUDIO_GUIDE} and takes local audio (a route of {@code DATA_URI} takes the kinds of
     * {@code dataUriKinds()} only). Uploads are sent a second time with the answer to the first file's upload
     * lost after the vendor stored it: the file must still arrive, and one create be sent.
     *
     * <p>Skipped when the provider takes no local files.
     *
     * <p>If this fails, check: {@value KitAdvice#R2V_3_3}.
     */
    @Example
    @KitRule(check = KitAdvice.R2V_3_3, requires = Requirement.LOCAL_MEDIA)
    default void optional_R2V_3_3_sendsLocalFilesByItsRoute() throws IOException {
        KitSession s = session();
        Capabilities caps = s.capabilities();
        boolean image = caps.referenceKinds().contains(MediaKind.IMAGE) && LocalFiles.taken(caps, MediaKind.IMAGE)
                || !caps.referenceKinds().contains(MediaKind.VIDEO);
        Path dir = Files.createTempDirectory("wanr2v-kit-");
        try {
            Path reference = LocalFiles.sample(dir, image ? MediaFormat.PNG : MediaFormat.MP4);
            R2vRequest.Builder b = KitRequests.minimal(caps).toBuilder().references(List.of(image
                    ? Reference.image(MediaSource.file(reference)) : Reference.video(MediaSource.file(reference))));
            Path guide = null;
            if (caps.supports(Feature.AUDIO_GUIDE) && LocalFiles.taken(caps, MediaKind.AUDIO)) {
                guide = LocalFiles.sample(dir, MediaFormat.MP3);
                b.audioGuide(MediaSource.file(guide));
            }
            R2vRequest request = b.build();
            List<String> problems = new ArrayList<>(LocalFiles.problems(s, s.freshEmulator(), request, reference,
                    guide));
            if (caps.localMedia() == LocalMediaRoute.PROVIDER_UPLOAD) {
                Emulator emulator = s.freshEmulator();
                emulator.faults().nth(Operation.UPLOAD, 2, Fault.connectionReset().afterHandling());
                LocalFiles.problems(s, emulator, request, reference, guide)
                        .forEach(p -> problems.add("with the first upload's answer lost: " + p));
            }
            assertThat(problems).as("local files as the vendor read them (route %s)", caps.localMedia()).isEmpty();
        } finally {
            LocalFiles.delete(dir);
        }
    }
}
