package cascade.game.feed;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * GBM whose volatility switches between a calm and a stressed regime (a two-state continuous-time Markov
 * chain). Per step, the chance of leaving the current regime is {@code 1 − exp(−rate × dt)}, rates per
 * game-hour; the switch is applied before the step's diffusion. The current regime is observable (UI,
 * debrief).
 */
public final class RegimeSwitchingModel extends LogPriceModel {
    public enum Regime { CALM, STRESSED }

    private final double drift;
    private final double calmVol;
    private final double stressedVol;
    private final double calmToStressedPerHour;
    private final double stressedToCalmPerHour;
    private Regime regime;

    public RegimeSwitchingModel(long startTicks, double drift, double calmVol, double stressedVol,
                                double calmToStressedPerHour, double stressedToCalmPerHour, Regime start,
                                long seed) {
        super(startTicks, seed);
        if (!(calmVol >= 0) || !(stressedVol >= 0) || !(calmToStressedPerHour >= 0)
                || !(stressedToCalmPerHour >= 0) || !Double.isFinite(drift)) {
            throw new IllegalArgumentException("regime: vols and switching rates must be ≥ 0");
        }
        this.drift = drift;
        this.calmVol = calmVol;
        this.stressedVol = stressedVol;
        this.calmToStressedPerHour = calmToStressedPerHour;
        this.stressedToCalmPerHour = stressedToCalmPerHour;
        this.regime = start;
    }

    public Regime regime() {
        return regime;
    }

    @Override
    protected double logIncrement(double dtYears, long dtNanos) {
        double dtHours = dtNanos / 3.6e12;
        double rate = regime == Regime.CALM ? calmToStressedPerHour : stressedToCalmPerHour;
        if (rng.nextDouble() < 1 - StrictMath.exp(-rate * dtHours)) {
            regime = regime == Regime.CALM ? Regime.STRESSED : Regime.CALM;
        }
        double vol = regime == Regime.CALM ? calmVol : stressedVol;
        return (drift - 0.5 * vol * vol) * dtYears + vol * StrictMath.sqrt(dtYears) * rng.nextGaussian();
    }

    @Override
    protected void writeExtra(DataOutput out) throws IOException {
        out.writeByte(regime.ordinal());
    }

    @Override
    protected void readExtra(DataInput in) throws IOException {
        regime = Regime.values()[in.readByte()];
    }
}
