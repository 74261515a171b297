package cascade.game.scenario;

import cascade.game.feed.RegimeSwitchingModel;
import cascade.game.feed.candle.CsvLayout;

import java.time.Instant;

/**
 * The index model a scenario asks for. Rates are fractions per year (0.6 = 60 %), intensities per game-hour,
 * jump sizes in log terms.
 */
public sealed interface ModelSpec {

    record Gbm(double drift, double vol) implements ModelSpec {
    }

    record Jump(double drift, double vol, double jumpsPerHour, double jumpMean, double jumpStdev) implements ModelSpec {
    }

    record Regime(double drift, double calmVol, double stressedVol, double calmToStressedPerHour,
                  double stressedToCalmPerHour, RegimeSwitchingModel.Regime startRegime, double jumpsPerHour,
                  double stressedJumpsPerHour, double jumpMean, double jumpStdev) implements ModelSpec {
        /** Without jumps. */
        public Regime(double drift, double calmVol, double stressedVol, double calmToStressedPerHour,
                      double stressedToCalmPerHour, RegimeSwitchingModel.Regime startRegime) {
            this(drift, calmVol, stressedVol, calmToStressedPerHour, stressedToCalmPerHour, startRegime, 0, 0, 0, 0);
        }
    }

    /**
     * A historical replay.
     *
     * @param file             a built-in data file name (see {@code CandleCsv.BUILT_IN}) or a file-system path
     * @param format           CSV layout
     * @param startInstant     where the replay starts (null when {@code startMinute} is used)
     * @param startMinute      minute index into the file (used when {@code startInstant} is null)
     * @param speed            historical seconds per game-second
     * @param smoothingMinutes EMA length applied to O/H/L/C (0 or 1 = raw path)
     * @param noiseBp          bound of the added noise, basis points of price
     */
    record Historical(String file, CsvLayout format, Instant startInstant, int startMinute, double speed,
                      int smoothingMinutes, double noiseBp) implements ModelSpec {
        public boolean builtIn() {
            return !file.contains("/") && !file.contains("\\");
        }
    }
}
