package cascade.game.feed;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * GBM whose volatility switches between a calm and a stressed regime (a two-state continuous-time Markov
 * chain). Per step, the chance of leaving the current regime is {@code 1 − exp(−rate × dt)}, rates per
 * game-hour; the switch is applied before the step's diffusion. The current regime is observable (UI,
 * debrief).
 *
 * <p>Optionally with Merton jumps on top (as {@link JumpDiffusionModel}: Poisson count per step, log-normal
 * sizes, drift compensated), with an intensity per regime (news and forced flow come in bursts, so a stressed
 * market also jumps more often). Regimes give volatility clustering (persistent stretches of
 * large moves); jumps give the isolated outsized minutes of a real tape. Together they produce the fat-tailed,
 * clustered 1-minute returns of crypto perps (docs/scenarios.md, "Realism"). With no jumps, no random
 * numbers are drawn for them, so jump-free paths are exactly those of the plain model.
 */
public final class RegimeSwitchingModel extends LogPriceModel {
    public enum Regime { CALM, STRESSED }

    private final double drift;
    private final double calmVol;
    private final double stressedVol;
    private final double calmToStressedPerHour;
    private final double stressedToCalmPerHour;
    private final double jumpsPerHour;
    private final double stressedJumpsPerHour;
    private final double jumpMean;
    private final double jumpStdev;
    private Regime regime;

    public RegimeSwitchingModel(long startTicks, double drift, double calmVol, double stressedVol,
                                double calmToStressedPerHour, double stressedToCalmPerHour, Regime start,
                                long seed) {
        this(startTicks, drift, calmVol, stressedVol, calmToStressedPerHour, stressedToCalmPerHour, start, 0, 0, 0, 0,
                seed);
    }

    /**
     * @param jumpsPerHour         λ in the calm regime, expected jumps per game-hour (0 = none)
     * @param stressedJumpsPerHour λ in the stressed regime
     * @param jumpMean     mean jump in log terms
     * @param jumpStdev    jump stdev in log terms
     */
    public RegimeSwitchingModel(long startTicks, double drift, double calmVol, double stressedVol,
                                double calmToStressedPerHour, double stressedToCalmPerHour, Regime start,
                                double jumpsPerHour, double stressedJumpsPerHour, double jumpMean, double jumpStdev,
                                long seed) {
        super(startTicks, seed);
        if (!(calmVol >= 0) || !(stressedVol >= 0) || !(calmToStressedPerHour >= 0)
                || !(stressedToCalmPerHour >= 0) || !Double.isFinite(drift)) {
            throw new IllegalArgumentException("regime: vols and switching rates must be ≥ 0");
        }
        if (!(jumpsPerHour >= 0) || !(stressedJumpsPerHour >= 0) || !(jumpStdev >= 0) || !Double.isFinite(jumpMean)) {
            throw new IllegalArgumentException("regime: jump intensity and jump stdev must be ≥ 0");
        }
        this.jumpsPerHour = jumpsPerHour;
        this.stressedJumpsPerHour = stressedJumpsPerHour;
        this.jumpMean = jumpMean;
        this.jumpStdev = jumpStdev;
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
        double diffusion = (drift - 0.5 * vol * vol) * dtYears + vol * StrictMath.sqrt(dtYears) * rng.nextGaussian();
        double perHour = regime == Regime.CALM ? jumpsPerHour : stressedJumpsPerHour;
        if (perHour == 0) {
            return diffusion;
        }
        double lambdaYear = perHour * 365.0 * 24;
        double kappa = StrictMath.exp(jumpMean + 0.5 * jumpStdev * jumpStdev) - 1;
        int jumps = JumpDiffusionModel.poisson(rng, lambdaYear * dtYears);
        double jump = 0;
        for (int i = 0; i < jumps; i++) {
            jump += jumpMean + jumpStdev * rng.nextGaussian();
        }
        return diffusion - lambdaYear * kappa * dtYears + jump;
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
