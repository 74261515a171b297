package cascade.game.scenario;

import java.util.List;
import java.util.Locale;

import static cascade.game.scenario.BotParam.bool;
import static cascade.game.scenario.BotParam.choice;
import static cascade.game.scenario.BotParam.decimal;
import static cascade.game.scenario.BotParam.integer;

/**
 * The bot populations a scenario can declare and, in this one place, the parameters each accepts. Units are
 * in the key names: {@code Usdt}, {@code Btc}, {@code Bps} (basis points), {@code Pct} (percent), {@code Ms},
 * {@code Seconds}; shares are fractions in [0, 1]. Every parameter is optional; the bot implementation owns
 * the defaults. Unknown keys are rejected at load.
 */
public enum BotType {
    MARKET_MAKER(
            decimal("collateralUsdt", "0", "1000000000", "wallet per bot"),
            decimal("spreadBps", "0", "1000", "quoted spread around fair value"),
            integer("levels", 1, 50, "price levels quoted per side"),
            decimal("levelStepBps", "0", "1000", "distance between levels"),
            decimal("sizeBtc", "0", "1000", "size per level"),
            decimal("maxInventoryBtc", "0", "100000", "inventory at which the bot only quotes to reduce"),
            integer("refreshMs", 100, 60000, "how often quotes are re-priced"),
            decimal("pullOnMovePct", "0", "100", "pull all quotes if mark moves this much within 10 s (0 = never)"),
            integer("leverage", 1, 125, "leverage used")),
    ARBITRAGEUR(
            decimal("collateralUsdt", "0", "1000000000", "wallet per bot"),
            decimal("thresholdBps", "0", "10000", "perp–index basis that triggers a trade"),
            decimal("sizeBtc", "0", "1000", "size per trade"),
            decimal("maxPositionBtc", "0", "100000", "position limit"),
            integer("reactionMs", 0, 60000, "delay before acting"),
            integer("leverage", 1, 125, "leverage used")),
    NOISE(
            decimal("collateralUsdt", "0", "1000000000", "wallet per bot"),
            decimal("ordersPerMinute", "0", "6000", "mean order rate (Poisson)"),
            decimal("sizeBtc", "0", "1000", "mean order size"),
            decimal("limitShare", "0", "1", "share of orders that are passive limits"),
            decimal("offsetBps", "0", "1000", "how far from mid passive orders rest"),
            decimal("activityVolPct", "0", "1000",
                    "mark volatility at which the rate is ordersPerMinute; busier markets draw more orders (0 = constant)"),
            integer("leverage", 1, 125, "leverage used")),
    MOMENTUM(
            decimal("collateralUsdt", "0", "1000000000", "wallet per bot"),
            integer("lookbackSeconds", 1, 3600, "window of the move it reacts to"),
            decimal("thresholdBps", "0", "10000", "move over the window that triggers entry"),
            decimal("sizeBtc", "0", "1000", "size per entry"),
            decimal("stopLossPct", "0", "100", "stop distance from entry"),
            decimal("takeProfitPct", "0", "1000", "profit target from entry"),
            integer("leverage", 1, 125, "leverage used")),
    RETAIL_CROWD(
            decimal("collateralUsdt", "0", "1000000000", "wallet per trader"),
            integer("leverageMin", 1, 125, "lowest leverage in the crowd"),
            integer("leverageMax", 1, 125, "highest leverage in the crowd"),
            decimal("longShare", "0", "1", "share of traders that are long"),
            decimal("entryBandPct", "0", "50", "entries spread this far above/below the start price"),
            decimal("stopLossShare", "0", "1", "share of traders with a stop-loss"),
            decimal("stopDistancePct", "0", "50", "stop distance from entry"),
            decimal("fomoBps", "0", "10000", "move that makes the crowd chase (0 = never)"),
            choice("marginMode", "margin mode used", "cross", "isolated")),
    WHALE(
            decimal("collateralUsdt", "0", "100000000000", "wallet"),
            integer("leverage", 1, 125, "leverage used"),
            choice("side", "initial position side", "long", "short", "flat"),
            decimal("positionBtc", "0", "1000000", "initial position size"),
            decimal("sliceBtc", "0", "1000000", "size of each market order it works (0 = all at once)"),
            bool("predatory", "hunts visible liquidation clusters")),
    SHORT_GAMMA(
            decimal("collateralUsdt", "0", "100000000000", "wallet"),
            decimal("gammaBtcPerPct", "0", "10000", "hedge added per 1 % move, selling into falls"),
            integer("hedgeIntervalSeconds", 1, 3600, "how often the hedge is re-balanced"),
            decimal("hedgeBandBtc", "0", "10000", "hedge error tolerated before trading"),
            integer("leverage", 1, 125, "leverage used"));

    /** Bots per population line. */
    public static final long MAX_COUNT = 10_000;

    private final List<BotParam> params;

    BotType(BotParam... params) {
        this.params = List.of(params);
    }

    public List<BotParam> params() {
        return params;
    }

    public List<String> keys() {
        return params.stream().map(BotParam::key).toList();
    }

    /** The YAML name, e.g. {@code market_maker}. */
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
