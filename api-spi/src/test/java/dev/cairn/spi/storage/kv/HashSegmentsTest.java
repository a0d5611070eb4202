package dev.cairn.spi.storage.kv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HashSegmentsTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7, 1000, 1_000_000, Integer.MAX_VALUE})
    void segmentsTileTheWholeHashSpaceWithoutGapOrOverlap(int total) {
        assertThat(HashSegments.start(0, total)).isZero();
        assertThat(HashSegments.end(total - 1, total)).isEqualTo(HashSegments.HASH_SPACE);
        Random random = new Random(total);
        for (int n = 0; n < 1000 && n < total - 1; n++) {
            int segment = total <= 1000 ? n : random.nextInt(total - 1);
            assertThat(HashSegments.end(segment, total)).isEqualTo(HashSegments.start(segment + 1, total));
            assertThat(HashSegments.start(segment, total)).isLessThan(HashSegments.end(segment, total));
        }
    }

    @Test
    void segmentStartIsTheFloorOfTheSegmentsShareOfTheSpace() {
        assertThat(HashSegments.start(1, 3)).isEqualTo(1_431_655_765L);
        assertThat(HashSegments.end(1, 3)).isEqualTo(2_863_311_530L);
        assertThat(HashSegments.start(999_999, 1_000_000)).isEqualTo(4_294_963_001L);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 7, 1000, 1_000_000, Integer.MAX_VALUE})
    void segmentOfFindsTheSegmentWhoseRangeHoldsTheHash(int total) {
        Random random = new Random(total);
        for (int n = 0; n < 1000; n++) {
            int segment = random.nextInt(total);
            long first = HashSegments.start(segment, total);
            long last = HashSegments.end(segment, total) - 1;
            assertThat(HashSegments.segmentOf((int) first, total)).isEqualTo(segment);
            assertThat(HashSegments.segmentOf((int) last, total)).isEqualTo(segment);
            int hash = random.nextInt();
            long unsigned = Integer.toUnsignedLong(hash);
            int found = HashSegments.segmentOf(hash, total);
            assertThat(unsigned).isBetween(HashSegments.start(found, total), HashSegments.end(found, total) - 1);
        }
    }

    @Test
    void segmentOutsideTheTotalIsRejected() {
        assertThatThrownBy(() -> HashSegments.start(3, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HashSegments.end(-1, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> HashSegments.segmentOf(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
