package dev.wanr2v.internal.media;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wanr2v.MediaSource;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** A data URI's media type is read by one parser, whether the API asks or validation takes the URI apart. */
class DataUriPartsProperties {

    @Property(tries = 300)
    void theApisMediaTypeIsTheParsersMediaType(@ForAll("dataUriLike") String text) {
        assertThat(((MediaSource.DataUri) MediaSource.dataUri(text)).mediaType())
                .isEqualTo(DataUriParts.mediaTypeOf(text)).isEqualTo(DataUriParts.parse(text).mediaType());
    }

    @Provide
    Arbitrary<String> dataUriLike() {
        Arbitrary<String> scheme = Arbitraries.of("data:", "DATA:", "Data:", "dat:", "", "https://x/");
        Arbitrary<String> type = Arbitraries.of("image/png", " Image/PNG ", "video/mp4", "", "audio/x-wav", "a;b");
        Arbitrary<String> params = Arbitraries.of(";base64", ";BASE64", ";charset=utf-8;base64", "", ";", ";base");
        Arbitrary<String> rest = Arbitraries.of(",", ",iVBORw0KGgo=", ",a,b", "", ",%%%");
        return Combinators.combine(scheme, type, params, rest).as((s, t, p, r) -> s + t + p + r);
    }
}
