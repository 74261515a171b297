package cascade.game.scenario;

import java.util.List;

/**
 * A validated, immutable scenario (docs/scenarios.md). Prices in ticks of {@code instrument}, money in
 * micro-USDT, times in game nanoseconds since the room started.
 *
 * @param seed       seed for every random stream of the room (index model, venues, bots), unless the room
 *                   overrides it
 * @param startTicks initial index price in ticks; for historical replays, 0 means "the file's own price"
 *                   and a positive value rescales the path so that it starts there
 * @param shocks     sorted by time (stable: file order for equal times)
 */
public record ScenarioSpec(String id, String title, String description, String briefing,
                           List<String> learningGoals, long seed, InstrumentSpec instrument, long startTicks,
                           IndexSpec index, List<BotSpec> bots, List<ScheduledShock> shocks, long durationNanos,
                           PlayersSpec players, ClockSpec clock) {
    public ScenarioSpec {
        learningGoals = List.copyOf(learningGoals);
        bots = List.copyOf(bots);
        shocks = List.copyOf(shocks);
    }
}
