package cascade.game.scenario;

import cascade.engine.risk.BracketSpec;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Parses {@code instrument:}; every key optional, RULES.md defaults otherwise. */
final class InstrumentSection {
    private InstrumentSection() {
    }

    static InstrumentSpec parse(YamlNode node) {
        InstrumentSpec d = InstrumentSpec.defaults();
        if (node == null) {
            return d;
        }
        Fields f = new Fields(node);
        String symbol = f.has("symbol") ? Values.string(f.optional("symbol")) : d.symbol();
        long ticksPerUnit = f.has("tick") ? perUnit(f.optional("tick")) : d.ticksPerUnit();
        long lotsPerUnit = f.has("lot") ? perUnit(f.optional("lot")) : d.lotsPerUnit();
        List<BracketSpec> brackets = f.has("brackets") ? brackets(f.optional("brackets")) : d.brackets();
        long maker = f.has("makerFeePct") ? Values.pctE8(f.optional("makerFeePct"), "-1", "10") : d.makerFeeE8();
        long taker = f.has("takerFeePct") ? Values.pctE8(f.optional("takerFeePct"), "0", "10") : d.takerFeeE8();
        long clearance = f.has("clearanceFeePct") ? Values.pctE8(f.optional("clearanceFeePct"), "0", "10") : d.clearanceFeeE8();
        long interval = f.has("fundingInterval") ? Values.durationNanos(f.optional("fundingInterval"), 1, 7 * 86400) : d.fundingIntervalNanos();
        long interest = f.has("fundingInterestPct") ? Values.pctE8(f.optional("fundingInterestPct"), "-1", "1") : d.fundingInterestE8();
        long clamp = f.has("fundingClampPct") ? Values.pctE8(f.optional("fundingClampPct"), "0", "1") : d.fundingPremiumClampE8();
        long cap = f.has("fundingCapFactor")
                ? Values.scaled(f.optional("fundingCapFactor"), Values.decimal(f.optional("fundingCapFactor"), "0", "100"),
                100_000_000L, "0.00000001", 0, Long.MAX_VALUE)
                : d.fundingCapFactorE8();
        long band = f.has("priceBandPct") ? Values.pctE8(f.optional("priceBandPct"), "0.000001", "100") : d.priceBandE8();
        int samples = f.has("markBasisSamples") ? (int) Values.integer(f.optional("markBasisSamples"), 1, 3600) : d.markBasisSamples();
        long seed = f.has("insuranceSeedUsdt") ? Values.micros(f.optional("insuranceSeedUsdt"), "0", "1000000000000") : d.insuranceSeedMicros();
        boolean adl = f.has("adl") ? Values.bool(f.optional("adl")) : d.adlEnabled();
        boolean socialized = f.has("socializedLoss") ? Values.bool(f.optional("socializedLoss")) : d.socializedLossEnabled();
        int maxLev = f.has("maxLeverage") ? (int) Values.integer(f.optional("maxLeverage"), 1, 125) : 0;
        f.finish();
        InstrumentSpec spec = new InstrumentSpec(symbol, ticksPerUnit, lotsPerUnit, brackets, maker, taker, clearance,
                interval, interest, clamp, cap, band, samples, seed, adl, socialized, maxLev);
        try {
            spec.toInstrument();
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
        return spec;
    }

    /** {@code tick: 0.1} → 10 ticks per unit; the size must divide 1 exactly. */
    private static long perUnit(YamlNode n) {
        BigDecimal size = Values.decimal(n, "0.000001", "1");
        BigDecimal[] qr = BigDecimal.ONE.divideAndRemainder(size);
        if (qr[1].signum() != 0) {
            throw n.error("must divide 1 exactly (0.1, 0.01, 0.5, …), got " + size.toPlainString());
        }
        return qr[0].setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    }

    private static List<BracketSpec> brackets(YamlNode n) {
        List<BracketSpec> out = new ArrayList<>();
        for (YamlNode item : n.asList()) {
            Fields b = new Fields(item);
            long floor = Values.micros(b.required("floorUsdt"), "0", "1000000000000");
            long cap = Values.micros(b.required("capUsdt"), "0", "1000000000000");
            int lev = (int) Values.integer(b.required("maxLeverage"), 1, 125);
            long mmr = Values.pctE8(b.required("mmrPct"), "0.000001", "100");
            b.finish();
            out.add(new BracketSpec(floor, cap, lev, mmr));
        }
        if (out.isEmpty()) {
            throw n.error("must list at least one bracket");
        }
        return out;
    }
}
