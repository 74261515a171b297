package cascade.game.feed.candle;

import java.time.Instant;
import java.util.List;

/**
 * An immutable run of consecutive 1-minute candles with no gaps (minute i opens at
 * {@code startEpochSecond + 60 i}). Prices in ticks.
 */
public final class CandleSeries {
    private final String name;
    private final List<Candle> candles;

    public CandleSeries(String name, List<Candle> candles) {
        if (candles.isEmpty()) {
            throw new IllegalArgumentException(name + ": no candles");
        }
        for (int i = 1; i < candles.size(); i++) {
            if (candles.get(i).openEpochSecond() != candles.get(i - 1).openEpochSecond() + 60) {
                throw new IllegalArgumentException(name + ": candle " + i + " is not 60 s after the previous one");
            }
        }
        this.name = name;
        this.candles = List.copyOf(candles);
    }

    public String name() {
        return name;
    }

    public int size() {
        return candles.size();
    }

    public Candle get(int minuteIndex) {
        return candles.get(minuteIndex);
    }

    public List<Candle> candles() {
        return candles;
    }

    public long startEpochSecond() {
        return candles.get(0).openEpochSecond();
    }

    /** Minute index of the candle containing {@code instant}, or −1 if outside the series. */
    public int minuteIndexOf(Instant instant) {
        long d = instant.getEpochSecond() - startEpochSecond();
        if (d < 0 || d >= 60L * candles.size()) {
            return -1;
        }
        return (int) (d / 60);
    }

    /**
     * Smoothing for perp paths used as an index: an EMA over {@code minutes} applied separately to the open,
     * high, low and close series ({@code α = 2 / (minutes + 1)}, seeded with the first candle's values, round
     * half-up to ticks). Because the EMA is linear with positive weights, low ≤ open, close ≤ high survives;
     * candle k's smoothed values use candles 0..k only (no look-ahead). {@code minutes ≤ 1} returns this.
     */
    public CandleSeries smoothed(int minutes) {
        if (minutes <= 1) {
            return this;
        }
        double a = 2.0 / (minutes + 1);
        Candle first = candles.get(0);
        double o = first.openTicks();
        double h = first.highTicks();
        double l = first.lowTicks();
        double c = first.closeTicks();
        Candle[] out = new Candle[candles.size()];
        for (int i = 0; i < out.length; i++) {
            Candle k = candles.get(i);
            if (i > 0) {
                o += a * (k.openTicks() - o);
                h += a * (k.highTicks() - h);
                l += a * (k.lowTicks() - l);
                c += a * (k.closeTicks() - c);
            }
            long ot = Math.round(o);
            long ct = Math.round(c);
            // rounding can cross by a tick; re-impose the candle invariant
            long ht = Math.max(Math.round(h), Math.max(ot, ct));
            long lt = Math.min(Math.round(l), Math.min(ot, ct));
            out[i] = new Candle(k.openEpochSecond(), ot, ht, Math.max(1, lt), ct);
        }
        return new CandleSeries(name + " (EMA " + minutes + " min)", List.of(out));
    }

    /**
     * A copy with every price multiplied by {@code numerator / denominator} (round half-up), e.g. to replay a
     * path's shape at another price level.
     */
    public CandleSeries rescaled(long numerator, long denominator) {
        Candle[] out = new Candle[candles.size()];
        for (int i = 0; i < out.length; i++) {
            Candle k = candles.get(i);
            out[i] = new Candle(k.openEpochSecond(), scale(k.openTicks(), numerator, denominator),
                    scale(k.highTicks(), numerator, denominator), scale(k.lowTicks(), numerator, denominator),
                    scale(k.closeTicks(), numerator, denominator));
        }
        return new CandleSeries(name, List.of(out));
    }

    private static long scale(long ticks, long num, long den) {
        java.math.BigInteger v = java.math.BigInteger.valueOf(ticks).multiply(java.math.BigInteger.valueOf(num))
                .multiply(java.math.BigInteger.TWO).add(java.math.BigInteger.valueOf(den))
                .divide(java.math.BigInteger.valueOf(den).multiply(java.math.BigInteger.TWO));
        return Math.max(1, v.longValueExact());
    }
}
