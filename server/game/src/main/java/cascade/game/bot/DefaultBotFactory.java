package cascade.game.bot;

import cascade.engine.Instrument;
import cascade.game.rng.SeededRandom;
import cascade.game.scenario.BotSpec;

/**
 * Builds each {@link cascade.game.scenario.BotType} from its population line; the defaults of absent
 * parameters are documented on each bot class.
 */
public final class DefaultBotFactory implements BotFactory {
    @Override
    public Bot create(BotSpec spec, int member, long accountId, SeededRandom rng, Instrument instrument,
                      long startTicks) {
        BotParams p = new BotParams(spec, instrument);
        return switch (spec.type()) {
            case MARKET_MAKER -> new MarketMaker(accountId, p.micros("collateralUsdt", 1_000_000),
                    p.integer("leverage", 5), instrument, rng, p.decimal("spreadBps", 4), p.integer("levels", 8),
                    p.decimal("levelStepBps", 4), p.lots("sizeBtc", 0.5), p.lots("maxInventoryBtc", 20),
                    p.millisAsNanos("refreshMs", 500), p.decimal("pullOnMovePct", 3));
            case ARBITRAGEUR -> new Arbitrageur(accountId, p.micros("collateralUsdt", 1_000_000),
                    p.integer("leverage", 5), instrument, rng, p.decimal("thresholdBps", 8), p.lots("sizeBtc", 0.5),
                    p.lots("maxPositionBtc", 20), p.millisAsNanos("reactionMs", 200));
            case NOISE -> new Noise(accountId, p.micros("collateralUsdt", 10_000), p.integer("leverage", 5),
                    instrument, rng, p.decimal("ordersPerMinute", 3), p.lots("sizeBtc", 0.05),
                    p.decimal("limitShare", 0.5), p.decimal("offsetBps", 5),
                    p.decimal("activityVolPct", 0) / 100);
            case MOMENTUM -> new Momentum(accountId, p.micros("collateralUsdt", 50_000), p.integer("leverage", 20),
                    instrument, rng, p.integer("lookbackSeconds", 30), p.decimal("thresholdBps", 40),
                    p.lots("sizeBtc", 0.3), p.decimal("stopLossPct", 1.5), p.decimal("takeProfitPct", 3));
            case RETAIL_CROWD -> new RetailCrowd(accountId, p.micros("collateralUsdt", 2_000), instrument, rng,
                    startTicks, p.integer("leverageMin", 10), p.integer("leverageMax", 50),
                    p.decimal("longShare", 0.6), p.decimal("entryBandPct", 2), p.decimal("stopLossShare", 0.2),
                    p.decimal("stopDistancePct", 1), p.decimal("fomoBps", 50),
                    "isolated".equals(p.choice("marginMode", "cross")));
            case WHALE -> {
                long size = p.lots("positionBtc", 0);
                String side = p.choice("side", "flat");
                long initial = "long".equals(side) ? size : "short".equals(side) ? -size : 0;
                yield new Whale(accountId, p.micros("collateralUsdt", 5_000_000), p.integer("leverage", 5),
                        instrument, rng, initial, p.lots("sliceBtc", 10), p.bool("predatory", false));
            }
            case SHORT_GAMMA -> new ShortGamma(accountId, p.micros("collateralUsdt", 3_000_000),
                    p.integer("leverage", 10), instrument, rng, startTicks, p.decimal("gammaBtcPerPct", 4),
                    p.integer("hedgeIntervalSeconds", 5), p.lots("hedgeBandBtc", 1));
        };
    }
}
