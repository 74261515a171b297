package cascade.game.feed;

/** The one rounding rule for prices leaving a floating-point model: round half-up to whole ticks, at least 1. */
public final class PriceTicks {
    public static final long NANOS_PER_SECOND = 1_000_000_000L;
    /** A model year is 365 days of game time (RULES.md, liquidation probability). */
    public static final double NANOS_PER_YEAR = 365.0 * 86_400 * NANOS_PER_SECOND;
    public static final long E8 = 100_000_000L;

    private PriceTicks() {
    }

    /** {@code floor(price + 0.5)}, clamped to [1, Long.MAX_VALUE / 4] so downstream integer math cannot overflow. */
    public static long round(double priceTicks) {
        if (!(priceTicks > 0)) {
            return 1;
        }
        double r = Math.floor(priceTicks + 0.5);
        if (r >= Long.MAX_VALUE / 4.0) {
            return Long.MAX_VALUE / 4;
        }
        return Math.max(1, (long) r);
    }

    /** Round half-up of {@code num / den} for den > 0, exact in integers. */
    public static long divHalfUp(long num, long den) {
        return Math.floorDiv(Math.addExact(Math.multiplyExact(num, 2), den), Math.multiplyExact(den, 2));
    }
}
