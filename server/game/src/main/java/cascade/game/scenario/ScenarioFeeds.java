package cascade.game.scenario;

import cascade.game.feed.GbmModel;
import cascade.game.feed.HistoricalPathModel;
import cascade.game.feed.IndexModel;
import cascade.game.feed.JumpDiffusionModel;
import cascade.game.feed.RegimeSwitchingModel;
import cascade.game.feed.candle.CandleCsv;
import cascade.game.feed.candle.CandleSeries;
import cascade.game.feed.venue.SpotCoupling;
import cascade.game.feed.venue.VenueFeeds;
import cascade.game.rng.SeededRandom;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Builds a room's index feeds from a validated scenario. The model and the venues get independent streams
 * split from {@code seed} (model first, then venues), so the same scenario and seed give the same index.
 * The historical model starts at game time 0.
 */
public final class ScenarioFeeds {
    private ScenarioFeeds() {
    }

    public static VenueFeeds build(ScenarioSpec spec, long seed) {
        SeededRandom root = new SeededRandom(seed);
        long modelSeed = root.nextLong();
        long venueSeed = root.nextLong();
        IndexSpec index = spec.index();
        SpotCoupling coupling = index.couplingFraction() > 0
                ? new SpotCoupling(index.couplingFraction(), index.depthPerPctMicros(), index.couplingHalfLifeNanos())
                : SpotCoupling.none();
        return new VenueFeeds(model(spec, modelSeed), index.venues(), coupling, venueSeed);
    }

    /** The scenario's model on its own (no venues). */
    public static IndexModel model(ScenarioSpec spec, long seed) {
        long start = spec.startTicks();
        ModelSpec m = spec.index().model();
        if (m instanceof ModelSpec.Gbm g) {
            return new GbmModel(start, g.drift(), g.vol(), seed);
        } else if (m instanceof ModelSpec.Jump j) {
            return new JumpDiffusionModel(start, j.drift(), j.vol(), j.jumpsPerHour(), j.jumpMean(), j.jumpStdev(), seed);
        } else if (m instanceof ModelSpec.Regime r) {
            return new RegimeSwitchingModel(start, r.drift(), r.calmVol(), r.stressedVol(), r.calmToStressedPerHour(),
                    r.stressedToCalmPerHour(), r.startRegime(), r.jumpsPerHour(), r.stressedJumpsPerHour(), r.jumpMean(), r.jumpStdev(), seed);
        }
        ModelSpec.Historical h = (ModelSpec.Historical) m;
        CandleSeries series = candles(h, spec.instrument().ticksPerUnit());
        int minute = h.startInstant() == null ? h.startMinute() : series.minuteIndexOf(h.startInstant());
        if (minute < 0 || minute >= series.size()) {
            throw new ScenarioException(h.file(), 0, 0, "index.start", "is outside the data file");
        }
        series = series.smoothed(h.smoothingMinutes());
        if (start > 0) {
            series = series.rescaled(start, series.get(minute).openTicks());
        }
        return new HistoricalPathModel(series, minute, h.speed(), 0, h.noiseBp(), seed);
    }

    /** Loads the replay's candles: a built-in by name, or a file path (instructor-supplied data). */
    public static CandleSeries candles(ModelSpec.Historical h, long ticksPerUnit) {
        if (h.builtIn()) {
            return CandleCsv.loadBuiltIn(h.file(), ticksPerUnit);
        }
        Path path = Path.of(h.file());
        try (InputStream in = Files.newInputStream(path)) {
            return CandleCsv.load(path.getFileName().toString(), in, h.format(), ticksPerUnit);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + h.file(), e);
        }
    }
}
