package cascade.game.feed;

import cascade.game.feed.candle.Candle;
import cascade.game.feed.candle.CandleCsv;
import cascade.game.feed.candle.CandleSeries;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Prices in ticks; speed 60 means one game-second walks one historical minute. */
class HistoricalPathModelTest {
    private static final long SECOND = 1_000_000_000L;
    private static final long T0 = 1_584_000_000L; // a minute boundary (2020-03-12T08:00:00Z)

    private static CandleSeries twoCandles() {
        // minute 0 closes down (O 1000, H 1010, L 950, C 960); minute 1 closes up (O 960, H 1100, L 940, C 1090)
        return new CandleSeries("t", List.of(new Candle(T0, 1000, 1010, 950, 960),
                new Candle(T0 + 60, 960, 1100, 940, 1090)));
    }

    @Test
    void walksOpenHighLowCloseForADownCandleAndOpenLowHighCloseForAnUpCandle() {
        HistoricalPathModel m = new HistoricalPathModel(twoCandles(), 0, 60, 0, 0, 1);
        // each third of a historical minute is 1/3 game-second at 60×
        long third = SECOND / 3;
        assertThat(m.currentTicks()).isEqualTo(1000);
        assertThat(m.nextTicks(third)).isEqualTo(1010);          // high first (closed down)
        assertThat(m.nextTicks(2 * third + 1)).isEqualTo(950);   // then low
        assertThat(m.nextTicks(SECOND - 1)).isEqualTo(960);      // close (rounded at the last nanosecond)
        assertThat(m.nextTicks(SECOND)).isEqualTo(960);          // next open
        assertThat(m.nextTicks(SECOND + third)).isEqualTo(940);  // low first (closed up)
        assertThat(m.nextTicks(SECOND + 2 * third + 1)).isEqualTo(1100);
        assertThat(m.ended()).isFalse();
        assertThat(m.nextTicks(2 * SECOND)).isEqualTo(1090);
        assertThat(m.ended()).isTrue();
        assertThat(m.nextTicks(10 * SECOND)).isEqualTo(1090);
    }

    @Test
    void isPiecewiseLinearInsideASegment() {
        HistoricalPathModel m = new HistoricalPathModel(twoCandles(), 0, 60, 0, 0, 1);
        // halfway through the first third: (1000 + 1010) / 2
        assertThat(m.nextTicks(SECOND / 6)).isEqualTo(1005);
    }

    @Test
    void staysInsideTheCurrentCandlePlusNoiseAndNeverLooksAhead() {
        CandleSeries full = CandleCsv.loadBuiltIn("btc_1m_2020-03-12.csv", 10);
        double noiseBp = 5;
        HistoricalPathModel m = new HistoricalPathModel(full, 600, 60, 0, noiseBp, 3);
        for (long t = 100_000_000L; t <= 300 * SECOND; t += 100_000_000L) {
            long p = m.nextTicks(t);
            Candle c = m.currentCandle();
            double bound = noiseBp / 10_000;
            assertThat((double) p).as("t=%d", t)
                    .isBetween(Math.floor(c.lowTicks() * (1 - bound)) - 1, Math.ceil(c.highTicks() * (1 + bound)) + 1);
        }
        // the same walk on a file cut right after the current candle gives the same prices: no look-ahead
        int minute = 600 + 42;
        CandleSeries cut = new CandleSeries("cut", full.candles().subList(0, minute + 1));
        HistoricalPathModel a = new HistoricalPathModel(full, 600, 60, 0, noiseBp, 9);
        HistoricalPathModel b = new HistoricalPathModel(cut, 600, 60, 0, noiseBp, 9);
        for (long t = 100_000_000L; t < 43 * SECOND; t += 100_000_000L) {
            assertThat(b.nextTicks(t)).isEqualTo(a.nextTicks(t));
        }
    }

    @Test
    void reportsTheHistoricalInstantAndRestoresBitForBit() throws IOException {
        CandleSeries s = CandleCsv.loadBuiltIn("btc_1m_2021-05-19.csv", 10);
        int start = s.minuteIndexOf(Instant.parse("2021-05-19T12:00:00Z"));
        HistoricalPathModel m = new HistoricalPathModel(s, start, 10, 0, 2, 4);
        m.nextTicks(90 * SECOND); // 900 historical seconds
        assertThat(m.historicalInstant()).isEqualTo(Instant.parse("2021-05-19T12:15:00Z"));
        byte[] state = Snapshots.bytes(m::writeState);
        long[] expected = new long[500];
        for (int i = 0; i < expected.length; i++) {
            expected[i] = m.nextTicks(90 * SECOND + (i + 1) * 100_000_000L);
        }
        HistoricalPathModel r = new HistoricalPathModel(s, start, 10, 0, 2, 77);
        Snapshots.restore(state, r::readState);
        for (int i = 0; i < expected.length; i++) {
            assertThat(r.nextTicks(90 * SECOND + (i + 1) * 100_000_000L)).isEqualTo(expected[i]);
        }
    }

    @Test
    void smoothingKeepsCandleOrderAndUsesNoLaterCandle() {
        CandleSeries raw = CandleCsv.loadBuiltIn("btc_1m_2020-03-12.csv", 10);
        CandleSeries ema = raw.smoothed(5);
        CandleSeries emaCut = new CandleSeries("cut", raw.candles().subList(0, 1000)).smoothed(5);
        for (int i = 0; i < 1000; i++) {
            assertThat(emaCut.get(i)).isEqualTo(ema.get(i));
        }
        // the 2020-03-13 perp wick (3,621.81) is softened by the EMA
        long rawLow = raw.candles().stream().mapToLong(Candle::lowTicks).min().orElseThrow();
        long emaLow = ema.candles().stream().mapToLong(Candle::lowTicks).min().orElseThrow();
        assertThat(rawLow).isEqualTo(36_218);
        assertThat(emaLow).isGreaterThan(rawLow);
    }
}
