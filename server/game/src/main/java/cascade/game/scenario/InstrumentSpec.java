package cascade.game.scenario;

import cascade.engine.Instrument;
import cascade.engine.risk.BracketSpec;
import cascade.engine.risk.BracketTable;

import java.util.List;

/**
 * The scenario's instrument rules, every field resolved (RULES.md defaults from {@link Instrument#btcUsdt()}
 * where the scenario is silent). Units as in {@link Instrument}; {@code maxLeverageCap} caps every bracket's
 * max leverage (0 = no cap).
 */
public record InstrumentSpec(String symbol, long ticksPerUnit, long lotsPerUnit, List<BracketSpec> brackets,
                             long makerFeeE8, long takerFeeE8, long clearanceFeeE8, long fundingIntervalNanos,
                             long fundingInterestE8, long fundingPremiumClampE8, long fundingCapFactorE8,
                             long priceBandE8, int markBasisSamples, long insuranceSeedMicros, boolean adlEnabled,
                             boolean socializedLossEnabled, int maxLeverageCap) {
    public InstrumentSpec {
        brackets = List.copyOf(brackets);
    }

    /** RULES.md defaults. */
    public static InstrumentSpec defaults() {
        Instrument d = Instrument.btcUsdt();
        List<BracketSpec> specs = d.brackets().all().stream()
                .map(b -> new BracketSpec(b.floorMicros(), b.capMicros(), b.maxLeverage(), b.mmrE8())).toList();
        return new InstrumentSpec(d.symbol(), d.ticksPerUnit(), d.lotsPerUnit(), specs, d.makerFeeE8(),
                d.takerFeeE8(), d.clearanceFeeE8(), d.fundingIntervalNanos(), d.fundingInterestE8(),
                d.fundingPremiumClampE8(), d.fundingCapFactorE8(), d.priceBandE8(), d.markBasisSamples(),
                d.insuranceSeedMicros(), d.adlEnabled(), d.socializedLossEnabled(), 0);
    }

    /**
     * The engine's instrument, starting from {@link Instrument#btcUsdt()} for the fields a scenario cannot set.
     *
     * @throws IllegalArgumentException if the engine rejects the combination (the loader reports it)
     */
    public Instrument toInstrument() {
        Instrument d = Instrument.btcUsdt();
        BracketTable table = BracketTable.of(brackets);
        if (maxLeverageCap > 0) {
            table = table.withMaxLeverageCap(maxLeverageCap);
        }
        return new Instrument(symbol, ticksPerUnit, lotsPerUnit, table, makerFeeE8, takerFeeE8, clearanceFeeE8,
                fundingIntervalNanos, fundingInterestE8, fundingPremiumClampE8, fundingCapFactorE8, priceBandE8,
                markBasisSamples, insuranceSeedMicros, adlEnabled, socializedLossEnabled, d.fundMaxNetNotionalE8(),
                d.offloadDepthShareE8(), d.offloadMaxSlippageE8(), d.episodeGapNanos());
    }
}
