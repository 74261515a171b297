package cascade.engine.market;

import cascade.engine.risk.MoneyMath;

/** Short names for the money helpers used throughout the market package. */
final class MoneyMathBridge {
    private MoneyMathBridge() {
    }

    static long ceilDiv(long a, long b) {
        return MoneyMath.ceilDiv(a, b);
    }

    /** ceil(notional × rate / 10^8): fees and requirements. */
    static long rateUp(long notionalMicros, long rateE8) {
        return MoneyMath.mulDivCeil(notionalMicros, rateE8, 100_000_000L);
    }

    /** floor(notional × rate / 10^8): payouts. */
    static long rateDown(long notionalMicros, long rateE8) {
        return MoneyMath.mulDivFloor(notionalMicros, rateE8, 100_000_000L);
    }
}
