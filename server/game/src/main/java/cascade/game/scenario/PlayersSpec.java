package cascade.game.scenario;

import java.util.List;

/** What each human player starts with: collateral in micro-USDT, a leverage cap, the margin modes allowed. */
public record PlayersSpec(long collateralMicros, int maxLeverage, List<MarginMode> marginModes) {
    public PlayersSpec {
        marginModes = List.copyOf(marginModes);
    }

    public static PlayersSpec defaults() {
        return new PlayersSpec(10_000_000_000L, 125, List.of(MarginMode.CROSS, MarginMode.ISOLATED));
    }
}
