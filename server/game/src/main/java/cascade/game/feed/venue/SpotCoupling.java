package cascade.game.feed.venue;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Optional endogenous coupling: perp taker flow leaks into the underlying spot price, so a liquidation cascade
 * on the perp can drag the index with it (as arbitrageurs sell spot against bought perps and vice versa).
 *
 * <p>Model, in log-price terms: each tick {@code impact ← impact × 2^(−dt / halfLife) + fraction × 0.01 ×
 * flow / depthPerPct}, where {@code flow} is the net perp taker notional since the previous tick (micro-USDT,
 * positive = net buying), {@code depthPerPct} the spot notional that moves spot by 1 % (micro-USDT) and
 * {@code fraction} ∈ [0, 1] the share of perp flow that reaches spot. The underlying is multiplied by
 * {@code exp(impact)}. The impact decays back to zero with the half-life (spot liquidity refills); a
 * half-life of 0 means permanent impact. {@link #pause} stops new flow from counting (index decoupling) while
 * the existing impact keeps decaying.
 */
public final class SpotCoupling {
    private final double fraction;
    private final double depthPerPctMicros;
    private final long halfLifeNanos;
    private double impactLog;
    private long lastNanos;

    /**
     * @param fraction          share of net perp taker notional that reaches spot, [0, 1]
     * @param depthPerPctMicros spot notional that moves spot by 1 %, micro-USDT (&gt; 0)
     * @param halfLifeNanos     decay half-life of the impact, game nanoseconds (0 = permanent)
     */
    public SpotCoupling(double fraction, long depthPerPctMicros, long halfLifeNanos) {
        if (!(fraction >= 0 && fraction <= 1) || depthPerPctMicros <= 0 || halfLifeNanos < 0) {
            throw new IllegalArgumentException("coupling: fraction in [0, 1], depth > 0, half-life ≥ 0");
        }
        this.fraction = fraction;
        this.depthPerPctMicros = depthPerPctMicros;
        this.halfLifeNanos = halfLifeNanos;
    }

    /** No coupling at all. */
    public static SpotCoupling none() {
        return new SpotCoupling(0, 1, 0);
    }

    /**
     * Advances to {@code nowNanos}, adds {@code netTakerFlowMicros} (ignored when {@code paused}) and returns
     * the log multiplier to apply to the underlying.
     */
    public double advance(long nowNanos, long netTakerFlowMicros, boolean paused) {
        long dt = Math.max(0, nowNanos - lastNanos);
        lastNanos = Math.max(lastNanos, nowNanos);
        if (halfLifeNanos > 0 && dt > 0 && impactLog != 0) {
            impactLog *= StrictMath.pow(2, -(double) dt / halfLifeNanos);
        }
        if (!paused && fraction > 0) {
            impactLog += fraction * 0.01 * netTakerFlowMicros / depthPerPctMicros;
        }
        // a 99 % collapse or a 100× rally from flow alone is outside what the model is for
        impactLog = Math.max(-4.6, Math.min(4.6, impactLog));
        return impactLog;
    }

    public double impactLog() {
        return impactLog;
    }

    void writeState(DataOutput out) throws IOException {
        out.writeLong(Double.doubleToRawLongBits(impactLog));
        out.writeLong(lastNanos);
    }

    void readState(DataInput in) throws IOException {
        impactLog = Double.longBitsToDouble(in.readLong());
        lastNanos = in.readLong();
    }
}
