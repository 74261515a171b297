package cascade.game.scenario;

/**
 * The room clock: game time advanced per tick (nanoseconds; default 100 ms) and the default speed (game
 * seconds per wall second; the instructor may change it).
 */
public record ClockSpec(long tickNanos, double speed) {
    public static ClockSpec defaults() {
        return new ClockSpec(100_000_000L, 1.0);
    }
}
