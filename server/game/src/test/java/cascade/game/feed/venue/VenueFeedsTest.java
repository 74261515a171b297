package cascade.game.feed.venue;

import cascade.game.feed.GbmModel;
import cascade.game.feed.IndexModel;
import cascade.game.feed.Snapshots;
import org.junit.jupiter.api.Test;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index robustness rules (MECHANICS §1.1) through the running feed. A constant model and noise-free
 * venues make every expected value exact: underlying 600,000 ticks = 60,000 USDT at tick 0.1.
 */
class VenueFeedsTest {
    private static final long S = 1_000_000_000L;
    private static final long P = 600_000;

    /** An index that never moves. */
    private static final class Flat implements IndexModel {
        public long nextTicks(long t) {
            return P;
        }

        public long currentTicks() {
            return P;
        }

        public void writeState(DataOutput out) {
        }

        public void readState(DataInput in) {
        }
    }

    private static VenueFeeds fourVenues() {
        return new VenueFeeds(new Flat(), List.of(new VenueSpec("a", 1, 0, 0), new VenueSpec("b", 1, 0, 0),
                new VenueSpec("c", 1, 0, 0), new VenueSpec("d", 1, 0, 0)), SpotCoupling.none(), 1);
    }

    @Test
    void oneOutlierVenueIsDroppedFromTheAverage() {
        VenueFeeds f = fourVenues();
        f.outlier("d", -10_000_000, 30 * S); // −10 %
        PublishedIndex p = f.tick(S, 0);
        assertThat(p.rule()).isEqualTo(CombineRule.OUTLIER_EXCLUDED);
        assertThat(p.indexTicks()).isEqualTo(P);
        assertThat(p.venues().get(3)).isEqualTo(new VenueQuote("d", 540_000, S, VenueStatus.OUTLIER));
    }

    @Test
    void twoOutliersGiveThePlainMedianOfAll() {
        VenueFeeds f = new VenueFeeds(new Flat(), List.of(new VenueSpec("a", 1, 0, 0), new VenueSpec("b", 5, 0, 0),
                new VenueSpec("c", 1, 0, 0), new VenueSpec("d", 1, 0, 0), new VenueSpec("e", 1, 0, 0)),
                SpotCoupling.none(), 1);
        f.outlier("a", -20_000_000, 30 * S); // 480,000
        f.outlier("e", 30_000_000, 30 * S);  // 780,000
        f.outlier("b", 1_000_000, 30 * S);   // 606,000, heavily weighted: would pull an average up
        PublishedIndex p = f.tick(S, 0);
        assertThat(p.rule()).isEqualTo(CombineRule.MEDIAN_OF_ALL);
        // sorted 480,000 600,000 600,000 606,000 780,000 → median 600,000, weights ignored
        assertThat(p.indexTicks()).isEqualTo(P);
        assertThat(p.venues()).extracting(VenueQuote::status).containsOnly(VenueStatus.MEDIAN);
    }

    @Test
    void aStaleVenueIsDroppedAfterTenGameSeconds() {
        VenueFeeds f = fourVenues();
        f.tick(S, 0);
        f.freeze("d", 100 * S); // frozen from the next tick on: d keeps its t = 1 s value and update time
        assertThat(f.tick(2 * S, 0).indexTicks()).isEqualTo(P);
        PublishedIndex at11 = f.tick(11 * S, 0); // last update 10 s ago: still fresh (dropped only when > 10 s)
        assertThat(at11.venues().get(3).status()).isEqualTo(VenueStatus.USED);
        PublishedIndex justAfter = f.tick(11 * S + 1, 0);
        assertThat(justAfter.venues().get(3).status()).isEqualTo(VenueStatus.STALE);
        assertThat(justAfter.rule()).isEqualTo(CombineRule.WEIGHTED_AVERAGE);
        assertThat(justAfter.indexTicks()).isEqualTo(P);
    }

    @Test
    void frozenFeedKeepsItsLastValueSoTheIndexLagsUntilDropped() {
        VenueFeeds f = fourVenues();
        f.tick(S, 0);
        f.freeze("a", 60 * S);
        f.step(2_000_000); // +2 %: a keeps 600,000, b, c, d move to 612,000
        PublishedIndex p = f.tick(2 * S, 0);
        assertThat(p.indexTicks()).isEqualTo(609_000); // (600,000 + 3 × 612,000) / 4
        assertThat(f.tick(12 * S, 0).indexTicks()).isEqualTo(612_000);
    }

    @Test
    void everySourceStaleHoldsTheLastIndex() {
        VenueFeeds f = new VenueFeeds(new Flat(), VenueFeeds.singleVenue(), SpotCoupling.none(), 1);
        f.tick(S, 0);
        f.freeze("index", 100 * S);
        f.step(10_000_000);
        PublishedIndex p = f.tick(20 * S, 0);
        assertThat(p.rule()).isEqualTo(CombineRule.HELD_NO_FRESH_SOURCE);
        assertThat(p.indexTicks()).isEqualTo(P);
        assertThat(p.underlyingTicks()).isEqualTo(660_000);
    }

    @Test
    void indexMoveDriftsLinearlyAndStepJumps() {
        VenueFeeds f = new VenueFeeds(new Flat(), VenueFeeds.singleVenue(), SpotCoupling.none(), 1);
        f.tick(0, 0);
        f.moveBy(-10_000_000, 60 * S); // −10 % over a minute, linear in log terms
        assertThat(f.tick(30 * S, 0).indexTicks()).isEqualTo(Math.round(P * Math.sqrt(0.9)));
        assertThat(f.tick(60 * S, 0).indexTicks()).isEqualTo(540_000);
        assertThat(f.tick(600 * S, 0).indexTicks()).isEqualTo(540_000);
        f.step(5_000_000);
        assertThat(f.tick(601 * S, 0).indexTicks()).isEqualTo(567_000);
    }

    @Test
    void decouplingHoldsTheIndexWhileTheUnderlyingMovesThenSnapsBack() {
        VenueFeeds f = new VenueFeeds(new Flat(), VenueFeeds.singleVenue(), new SpotCoupling(1, 1_000_000_000_000L, 0), 1);
        f.tick(S, 0);
        f.decouple(31 * S);
        f.step(-5_000_000);
        PublishedIndex held = f.tick(2 * S, 500_000_000_000L); // perp buying does not reach spot while decoupled
        assertThat(held.rule()).isEqualTo(CombineRule.HELD_DECOUPLED);
        assertThat(held.indexTicks()).isEqualTo(P);
        assertThat(held.underlyingTicks()).isEqualTo(570_000);
        PublishedIndex after = f.tick(31 * S, 0);
        assertThat(after.rule()).isEqualTo(CombineRule.WEIGHTED_AVERAGE);
        assertThat(after.indexTicks()).isEqualTo(570_000);
    }

    @Test
    void perpFlowMovesSpotThroughTheCouplingAndDecays() {
        // 1,000,000 USDT of spot moves spot 1 %; half the perp flow reaches spot; half-life 10 s
        VenueFeeds f = new VenueFeeds(new Flat(), VenueFeeds.singleVenue(),
                new SpotCoupling(0.5, 1_000_000L * 1_000_000L, 10 * S), 1);
        long buy = 2_000_000L * 1_000_000L; // 2,000,000 USDT of net taker buying
        assertThat(f.tick(S, buy).indexTicks()).isEqualTo(Math.round(P * Math.exp(0.01)));
        assertThat(f.tick(11 * S, 0).indexTicks()).isEqualTo(Math.round(P * Math.exp(0.005)));
    }

    @Test
    void sameSeedSamePathAndRestoreContinuesBitForBit() throws IOException {
        List<VenueSpec> venues = List.of(new VenueSpec("a", 3, 0, 1), new VenueSpec("b", 2, 20_000, 1.5),
                new VenueSpec("c", 1, -30_000, 2));
        VenueFeeds x = new VenueFeeds(new GbmModel(P, 0, 0.8, 5), venues, new SpotCoupling(0.3, 1_000_000_000_000L, 60 * S), 6);
        VenueFeeds y = new VenueFeeds(new GbmModel(P, 0, 0.8, 5), venues, new SpotCoupling(0.3, 1_000_000_000_000L, 60 * S), 6);
        long t = 0;
        for (int i = 0; i < 600; i++) {
            t += S / 10;
            if (i == 100) {
                x.moveBy(-3_000_000, 30 * S);
                y.moveBy(-3_000_000, 30 * S);
                x.freeze("b", t + 20 * S);
                y.freeze("b", t + 20 * S);
            }
            assertThat(y.tick(t, i * 1_000_000_000L)).isEqualTo(x.tick(t, i * 1_000_000_000L));
        }
        byte[] state = Snapshots.bytes(x::writeState);
        VenueFeeds z = new VenueFeeds(new GbmModel(P, 0, 0.8, 99), venues, new SpotCoupling(0.3, 1_000_000_000_000L, 60 * S), 99);
        Snapshots.restore(state, z::readState);
        for (int i = 0; i < 600; i++) {
            t += S / 10;
            assertThat(z.tick(t, -i * 1_000_000_000L)).isEqualTo(x.tick(t, -i * 1_000_000_000L));
        }
    }
}
