package dev.wanr2v;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class VideoSizeProperties {

    @Provide
    Arbitrary<VideoSize> standard() {
        return Arbitraries.of(VideoSize.standardSizes());
    }

    @Property
    void everySizePrintsAndParsesBack(@ForAll @IntRange(min = 1, max = 99999) int w,
            @ForAll @IntRange(min = 1, max = 99999) int h) {
        VideoSize size = new VideoSize(w, h);
        assertThat(size.toString()).isEqualTo(w + "*" + h);
        assertThat(VideoSize.parse(size.toString())).isEqualTo(size);
    }

    @Property
    void theTenSizesHaveTheirTier(@ForAll("standard") VideoSize size) {
        Resolution tier = size.resolution().orElseThrow();
        assertThat(VideoSize.sizesOf(tier)).contains(size);
        assertThat(size.width() * size.height()).isBetween(tier == Resolution.P720 ? 900_000 : 2_000_000,
                tier == Resolution.P720 ? 930_000 : 2_080_000);
    }

    @Example
    void tierTablesMatchTheDocs() {
        assertThat(VideoSize.sizesOf(Resolution.P720)).extracting(VideoSize::toString)
                .containsExactly("1280*720", "720*1280", "960*960", "1088*832", "832*1088");
        assertThat(VideoSize.sizesOf(Resolution.P1080)).extracting(VideoSize::toString)
                .containsExactly("1920*1080", "1080*1920", "1440*1440", "1632*1248", "1248*1632");
        assertThat(VideoSize.DEFAULT).isEqualTo(VideoSize.parse("1920*1080"));
        assertThat(new VideoSize(1280, 721).resolution()).isEmpty();
        assertThat(VideoSize.parse(" 1280 x 720 ")).isEqualTo(VideoSize.P720_LANDSCAPE);
    }

    @Example
    void wrongTextIsATypedErrorNamingTheRule() {
        for (String bad : new String[] {"720P", "16:9", "", "1280*", "*720", "1280*720*3", "-1*5", "0*720"}) {
            assertThatThrownBy(() -> VideoSize.parse(bad)).as(bad)
                    .isInstanceOf(InvalidRequestException.class)
                    .satisfies(e -> assertThat(((InvalidRequestException) e).ruleIds()).containsExactly("R2V-SIZE"));
        }
        assertThatThrownBy(() -> VideoSize.parse(null)).isInstanceOf(InvalidRequestException.class);
    }
}
