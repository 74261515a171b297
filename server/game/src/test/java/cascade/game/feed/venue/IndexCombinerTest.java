package cascade.game.feed.venue;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The pure combination function; prices in ticks, weights relative integers, threshold 5 % = 5,000,000 E8. */
class IndexCombinerTest {
    private static final long T = IndexCombiner.DEFAULT_OUTLIER_THRESHOLD_E8;

    @Test
    void weightedAverageRoundsHalfUp() {
        IndexCombiner.Combination c = IndexCombiner.combine(new long[] {100, 101}, new boolean[] {true, true},
                new long[] {1, 1}, T);
        assertThat(c.indexTicks()).isEqualTo(101); // 100.5 → 101
        assertThat(c.rule()).isEqualTo(CombineRule.WEIGHTED_AVERAGE);
    }

    @Test
    void exactlyFivePercentIsNotAnOutlier_moreIs() {
        // median of {1000, 1000, 1050} is 1000; 1050 is exactly 5 % away → kept
        assertThat(IndexCombiner.combine(new long[] {1000, 1000, 1050}, new boolean[] {true, true, true},
                new long[] {1, 1, 1}, T).rule()).isEqualTo(CombineRule.WEIGHTED_AVERAGE);
        assertThat(IndexCombiner.combine(new long[] {1000, 1000, 1051}, new boolean[] {true, true, true},
                new long[] {1, 1, 1}, T).rule()).isEqualTo(CombineRule.OUTLIER_EXCLUDED);
    }

    @Test
    void staleSourcesAreLeftOutOfTheMedianToo() {
        IndexCombiner.Combination c = IndexCombiner.combine(new long[] {1, 1000, 1002}, new boolean[] {false, true, true},
                new long[] {1, 1, 1}, T);
        assertThat(c.indexTicks()).isEqualTo(1001);
        assertThat(c.statuses()).containsExactly(VenueStatus.STALE, VenueStatus.USED, VenueStatus.USED);
    }
}
