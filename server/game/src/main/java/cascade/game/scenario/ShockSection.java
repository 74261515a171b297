package cascade.game.scenario;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Parses {@code shocks:}, a list of {@code {at, type, <params of that type>}}. Percentages are written in
 * percent ({@code -8} = −8 %), durations in seconds or "mm:ss", sizes in the instrument's unit (BTC), money in
 * USDT. Venue names must be declared under {@code index.venues}; {@code at} must fall within the duration.
 */
final class ShockSection {
    private ShockSection() {
    }

    static List<ScheduledShock> parse(YamlNode node, IndexSpec index, InstrumentSpec instrument, long durationNanos) {
        List<ScheduledShock> out = new ArrayList<>();
        if (node == null) {
            return out;
        }
        for (YamlNode item : node.asList()) {
            Fields f = new Fields(item);
            YamlNode atNode = f.required("at");
            long at = Values.durationNanos(atNode, 0, Long.MAX_VALUE / Values.NANOS_PER_SECOND);
            if (at > durationNanos) {
                throw atNode.error("is after the end of the scenario (duration " + durationNanos / Values.NANOS_PER_SECOND + " s)");
            }
            ShockType type = Values.choice(f.required("type"), ShockType.class);
            Shock shock = switch (type) {
                case INDEX_MOVE -> new Shock.IndexMove(Values.pctE8(f.required("pct"), "-99", "1000"),
                        Values.durationNanos(f.required("over"), 0, 86400));
                case INDEX_STEP -> new Shock.IndexStep(Values.pctE8(f.required("pct"), "-99", "1000"));
                case FEED_FREEZE -> new Shock.FeedFreeze(venue(f, index), seconds(f));
                case OUTLIER_VENUE -> new Shock.OutlierVenue(venue(f, index),
                        Values.pctE8(f.required("pct"), "-99", "1000"), seconds(f));
                case INDEX_DECOUPLING -> new Shock.IndexDecoupling(seconds(f));
                case WHALE_ORDER -> new Shock.WhaleOrder(Values.choice(f.required("side"), OrderSide.class),
                        lots(f.required("size"), instrument.lotsPerUnit()));
                case MM_PULL -> new Shock.MmPull(seconds(f));
                case MAX_LEVERAGE -> new Shock.MaxLeverage((int) Values.integer(f.required("value"), 1, 125));
                case MMR_MULTIPLIER -> new Shock.MmrMultiplier(Values.scaled(f.required("value"),
                        Values.decimal(f.required("value"), "0.1", "100"), 100_000_000L, "0.00000001", 1, Long.MAX_VALUE));
                case INSURANCE_FUND -> new Shock.InsuranceFund(
                        Values.micros(f.required("amount"), "-1000000000000", "1000000000000"));
                case ADL -> new Shock.Adl(Values.bool(f.required("value")));
                case HALT -> new Shock.Halt(seconds(f));
                case NEWS -> new Shock.News(Values.string(f.required("text")));
            };
            f.finish();
            out.add(new ScheduledShock(at, shock));
        }
        out.sort(Comparator.comparingLong(ScheduledShock::atNanos));
        return out;
    }

    private static long seconds(Fields f) {
        return Values.durationNanos(f.required("seconds"), 1, 86400);
    }

    private static String venue(Fields f, IndexSpec index) {
        YamlNode n = f.required("venue");
        String name = Values.string(n);
        if (!index.hasVenue(name)) {
            throw n.error("unknown venue '" + name + "' (index.venues: "
                    + String.join(", ", index.venues().stream().map(v -> v.name()).toList()) + ")");
        }
        return name;
    }

    /** BTC → lots; must be a whole number of lots and positive. */
    private static long lots(YamlNode n, long lotsPerUnit) {
        BigDecimal size = Values.decimal(n, "0.000001", "1000000");
        return Values.scaled(n, size, lotsPerUnit, "the lot (" + BigDecimal.ONE.divide(BigDecimal.valueOf(lotsPerUnit))
                .toPlainString() + ")", 1, Long.MAX_VALUE);
    }
}
