package cascade.game.bot;

import cascade.engine.Instrument;
import cascade.game.scenario.BotSpec;
import java.math.BigDecimal;

/**
 * Typed access to a population's parameters (see {@link cascade.game.scenario.BotType} for keys and units),
 * converted to engine units: lots, micro-USDT, nanoseconds. Absent keys take the bot's default.
 */
final class BotParams {
    private final BotSpec spec;
    private final Instrument inst;

    BotParams(BotSpec spec, Instrument inst) {
        this.spec = spec;
        this.inst = inst;
    }

    double decimal(String key, double fallback) {
        Object v = spec.param(key, null);
        return v instanceof Number n ? n.doubleValue() : fallback;
    }

    int integer(String key, int fallback) {
        Object v = spec.param(key, null);
        return v instanceof Number n ? n.intValue() : fallback;
    }

    boolean bool(String key, boolean fallback) {
        Object v = spec.param(key, null);
        return v instanceof Boolean b ? b : fallback;
    }

    String choice(String key, String fallback) {
        Object v = spec.param(key, null);
        return v instanceof String s ? s : fallback;
    }

    /** A USDT amount as micro-USDT, exact for decimal input. */
    long micros(String key, long fallbackUsdt) {
        Object v = spec.param(key, null);
        BigDecimal usdt = v instanceof BigDecimal d ? d : v instanceof Number n ? BigDecimal.valueOf(n.longValue())
                : BigDecimal.valueOf(fallbackUsdt);
        return usdt.movePointRight(6).longValue();
    }

    /** A BTC (contract-unit) quantity as lots, rounded to the nearest lot. */
    long lots(String key, double fallbackBtc) {
        return Math.round(decimal(key, fallbackBtc) * inst.lotsPerUnit());
    }

    long millisAsNanos(String key, int fallbackMs) {
        return integer(key, fallbackMs) * 1_000_000L;
    }
}
