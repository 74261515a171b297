package cascade.game.sim;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * Writes simulation results as JSON or CSV, fields in a fixed order, money and prices as decimal strings
 * (USDT, price units), plus percentiles across seeds (nearest rank: p5, p25, p50, p75, p95, min, max).
 */
public final class ResultWriter {
    private static final int[] PERCENTILES = {5, 25, 50, 75, 95};

    private ResultWriter() {
    }

    static String[] values(SeedResult r, long ticksPerUnit) {
        return new String[] {Long.toString(r.seed()), Long.toString(r.gameSeconds()), Long.toString(r.liquidations()),
            usdt(r.liquidatedNotionalLongMicros()), usdt(r.liquidatedNotionalShortMicros()),
            Integer.toString(r.maxGeneration()), price(r.priceLowTicks(), ticksPerUnit), pct(r.maxDrawdownE8()),
            usdt(r.insuranceFundMinMicros()), Long.toString(r.adlCount()), usdt(r.minDepthWithin1PctMicros()),
            usdt(r.socializedLossMicros()), Long.toString(r.wallMillis())};
    }

    static String usdt(long micros) {
        return BigDecimal.valueOf(micros, 6).toPlainString();
    }

    static String price(long ticks, long ticksPerUnit) {
        return new BigDecimal(ticks).divide(BigDecimal.valueOf(ticksPerUnit)).toPlainString();
    }

    static String pct(long e8) {
        return BigDecimal.valueOf(e8, 6).toPlainString();
    }

    /** Metric columns (all but seed and wallMillis) as numbers, for percentiles. */
    private static long[] metric(List<SeedResult> rs, int field) {
        return rs.stream().mapToLong(r -> switch (field) {
            case 1 -> r.gameSeconds();
            case 2 -> r.liquidations();
            case 3 -> r.liquidatedNotionalLongMicros();
            case 4 -> r.liquidatedNotionalShortMicros();
            case 5 -> r.maxGeneration();
            case 6 -> r.priceLowTicks();
            case 7 -> r.maxDrawdownE8();
            case 8 -> r.insuranceFundMinMicros();
            case 9 -> r.adlCount();
            case 10 -> r.minDepthWithin1PctMicros();
            case 11 -> r.socializedLossMicros();
            default -> throw new IllegalArgumentException();
        }).sorted().toArray();
    }

    private static String format(int field, long v, long ticksPerUnit) {
        return switch (field) {
            case 3, 4, 8, 10, 11 -> usdt(v);
            case 6 -> price(v, ticksPerUnit);
            case 7 -> pct(v);
            default -> Long.toString(v);
        };
    }

    static long nearestRank(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    public static String json(String scenario, List<SeedResult> rs, long ticksPerUnit) {
        StringBuilder b = new StringBuilder("{\n  \"scenario\": \"").append(scenario.replace("\"", "\\\""))
                .append("\",\n  \"units\": {\"money\": \"USDT\", \"price\": \"USDT\", \"drawdown\": \"percent\"},\n  \"seeds\": [\n");
        for (int i = 0; i < rs.size(); i++) {
            String[] v = values(rs.get(i), ticksPerUnit);
            b.append("    {");
            for (int f = 0; f < v.length; f++) {
                boolean number = f == 0 || f == 1 || f == 2 || f == 5 || f == 9 || f == 12;
                b.append(f == 0 ? "" : ", ").append('"').append(SeedResult.FIELDS[f]).append("\": ")
                        .append(number ? v[f] : "\"" + v[f] + "\"");
            }
            b.append(i + 1 < rs.size() ? "},\n" : "}\n");
        }
        b.append("  ],\n  \"percentiles\": {\n");
        for (int f = 1; f <= 11; f++) {
            long[] sorted = metric(rs, f);
            b.append("    \"").append(SeedResult.FIELDS[f]).append("\": {");
            b.append("\"min\": \"").append(format(f, sorted[0], ticksPerUnit)).append('"');
            for (int p : PERCENTILES) {
                b.append(", \"p").append(p).append("\": \"").append(format(f, nearestRank(sorted, p), ticksPerUnit)).append('"');
            }
            b.append(", \"max\": \"").append(format(f, sorted[sorted.length - 1], ticksPerUnit)).append("\"}");
            b.append(f < 11 ? ",\n" : "\n");
        }
        return b.append("  }\n}\n").toString();
    }

    /** CSV: one row per seed, then one row per percentile with the label in the seed column. */
    public static String csv(List<SeedResult> rs, long ticksPerUnit) {
        StringBuilder b = new StringBuilder(String.join(",", SeedResult.FIELDS)).append('\n');
        for (SeedResult r : rs) {
            b.append(String.join(",", values(r, ticksPerUnit))).append('\n');
        }
        String[] labels = {"min", "p5", "p25", "p50", "p75", "p95", "max"};
        for (String label : labels) {
            String[] row = new String[SeedResult.FIELDS.length];
            Arrays.fill(row, "");
            row[0] = label;
            for (int f = 1; f <= 11; f++) {
                long[] sorted = metric(rs, f);
                long v = switch (label) {
                    case "min" -> sorted[0];
                    case "max" -> sorted[sorted.length - 1];
                    default -> nearestRank(sorted, Integer.parseInt(label.substring(1)));
                };
                row[f] = format(f, v, ticksPerUnit);
            }
            b.append(String.join(",", row)).append('\n');
        }
        return b.toString();
    }
}
