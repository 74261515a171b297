package cascade.game.scenario;

import cascade.game.feed.RegimeSwitchingModel;
import cascade.game.feed.candle.CandleCsv;
import cascade.game.feed.candle.CandleFormatException;
import cascade.game.feed.candle.CandleSeries;
import cascade.game.feed.candle.CsvLayout;
import cascade.game.feed.venue.VenueFeeds;
import cascade.game.feed.venue.VenueSpec;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Parses {@code index:}: the model (keys depend on {@code model}), venues and coupling. */
final class IndexSection {
    enum Model { GBM, JUMP, REGIME, HISTORICAL }

    private IndexSection() {
    }

    static IndexSpec parse(YamlNode node, long ticksPerUnit) {
        Fields f = new Fields(node);
        Model model = Values.choice(f.required("model"), Model.class);
        ModelSpec spec = switch (model) {
            case GBM -> new ModelSpec.Gbm(pct(f, "driftPct", "0"), pctRequired(f, "volPct"));
            case JUMP -> new ModelSpec.Jump(pct(f, "driftPct", "0"), pctRequired(f, "volPct"),
                    Values.real(f.required("jumpsPerHour"), "0", "3600"),
                    Values.real(f.required("jumpMeanPct"), "-50", "50") / 100,
                    Values.real(f.required("jumpStdevPct"), "0", "50") / 100);
            case REGIME -> {
                double jumps = f.has("jumpsPerHour") ? Values.real(f.optional("jumpsPerHour"), "0", "3600") : 0;
                yield new ModelSpec.Regime(pct(f, "driftPct", "0"), pctRequired(f, "calmVolPct"),
                    pctRequired(f, "stressedVolPct"),
                    Values.real(f.required("calmToStressedPerHour"), "0", "3600"),
                    Values.real(f.required("stressedToCalmPerHour"), "0", "3600"),
                    f.has("startRegime") ? Values.choice(f.optional("startRegime"), RegimeSwitchingModel.Regime.class)
                            : RegimeSwitchingModel.Regime.CALM,
                    jumps,
                    f.has("stressedJumpsPerHour") ? Values.real(f.optional("stressedJumpsPerHour"), "0", "3600") : jumps,
                    f.has("jumpMeanPct") ? Values.real(f.optional("jumpMeanPct"), "-50", "50") / 100 : 0,
                    f.has("jumpStdevPct") ? Values.real(f.optional("jumpStdevPct"), "0", "50") / 100 : 0);
            }
            case HISTORICAL -> historical(f, ticksPerUnit);
        };
        List<VenueSpec> venues = f.has("venues") ? venues(f.optional("venues")) : VenueFeeds.singleVenue();
        double fraction = 0;
        long depth = 20_000_000L * 1_000_000L;
        long halfLife = 60L * Values.NANOS_PER_SECOND;
        YamlNode c = f.optional("coupling");
        if (c != null) {
            Fields cf = new Fields(c);
            fraction = Values.real(cf.required("fraction"), "0", "1");
            if (cf.has("depthUsdtPerPct")) {
                depth = Values.micros(cf.optional("depthUsdtPerPct"), "1", "1000000000000");
            }
            if (cf.has("halfLifeSeconds")) {
                halfLife = Values.durationNanos(cf.optional("halfLifeSeconds"), 0, 86400);
            }
            cf.finish();
        }
        f.finish();
        return new IndexSpec(spec, venues, fraction, depth, halfLife);
    }

    private static double pct(Fields f, String key, String fallback) {
        YamlNode n = f.optional(key);
        return (n == null ? Double.parseDouble(fallback) : Values.real(n, "-1000", "1000")) / 100;
    }

    private static double pctRequired(Fields f, String key) {
        return Values.real(f.required(key), "0", "1000") / 100;
    }

    private static ModelSpec.Historical historical(Fields f, long ticksPerUnit) {
        YamlNode fileNode = f.required("file");
        String file = Values.string(fileNode);
        CsvLayout format = f.has("format") ? Values.choice(f.optional("format"), CsvLayout.class) : CsvLayout.AUTO;
        YamlNode startNode = f.required("start");
        Instant startInstant = null;
        int startMinute = 0;
        if (startNode.token == com.fasterxml.jackson.core.JsonToken.VALUE_NUMBER_INT) {
            startMinute = (int) Values.integer(startNode, 0, 10_000_000);
        } else {
            startInstant = Values.instant(startNode);
        }
        double speed = Values.real(f.required("speed"), "0.01", "3600");
        int smoothing = f.has("smoothing") ? (int) Values.integer(f.optional("smoothing"), 0, 240) : 0;
        double noiseBp = f.has("noiseBp") ? Values.real(f.optional("noiseBp"), "0", "100") : 2;
        ModelSpec.Historical h = new ModelSpec.Historical(file, format, startInstant, startMinute, speed, smoothing, noiseBp);
        if (h.builtIn()) {
            if (!CandleCsv.BUILT_IN.contains(file)) {
                throw fileNode.error("unknown built-in data file '" + file + "' (built-ins: "
                        + String.join(", ", CandleCsv.BUILT_IN) + "; a path must contain '/')");
            }
            CandleSeries series;
            try {
                series = CandleCsv.loadBuiltIn(file, ticksPerUnit);
            } catch (CandleFormatException e) {
                throw fileNode.error(e.getMessage());
            }
            int minute = startInstant == null ? startMinute : series.minuteIndexOf(startInstant);
            if (minute < 0 || minute >= series.size()) {
                throw startNode.error("is outside " + file + " (" + Instant.ofEpochSecond(series.startEpochSecond())
                        + " + " + series.size() + " minutes)");
            }
        }
        return h;
    }

    private static List<VenueSpec> venues(YamlNode n) {
        List<VenueSpec> out = new ArrayList<>();
        for (YamlNode item : n.asList()) {
            Fields v = new Fields(item);
            YamlNode nameNode = v.required("name");
            String name = Values.string(nameNode);
            if (out.stream().anyMatch(o -> o.name().equals(name))) {
                throw nameNode.error("duplicate venue name '" + name + "'");
            }
            long weight = v.has("weight") ? Values.integer(v.optional("weight"), 1, 1_000_000) : 1;
            long biasE8 = v.has("biasBp")
                    ? Values.scaled(v.optional("biasBp"), Values.decimal(v.optional("biasBp"), "-1000", "1000"),
                    10_000L, "0.0001 bp", Long.MIN_VALUE, Long.MAX_VALUE)
                    : 0;
            double noiseBp = v.has("noiseBp") ? Values.real(v.optional("noiseBp"), "0", "100") : 1;
            v.finish();
            out.add(new VenueSpec(name, weight, biasE8, noiseBp));
        }
        if (out.isEmpty()) {
            throw n.error("must list at least one venue");
        }
        return out;
    }

    /** Exact USDT decimal → ticks. */
    static long priceTicks(YamlNode n, long ticksPerUnit) {
        BigDecimal v = Values.decimal(n, "0.000001", "100000000");
        return Values.scaled(n, v, ticksPerUnit, "the tick (" + BigDecimal.ONE.divide(BigDecimal.valueOf(ticksPerUnit))
                .toPlainString() + " USDT)", 1, Long.MAX_VALUE);
    }
}
