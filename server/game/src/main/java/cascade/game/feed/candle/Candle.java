package cascade.game.feed.candle;

/**
 * One 1-minute candle in ticks. {@code openEpochSecond} is the candle's open time (UTC epoch seconds).
 * Invariant (checked by the loader): {@code low ≤ min(open, close) ≤ max(open, close) ≤ high}, all ≥ 1.
 */
public record Candle(long openEpochSecond, long openTicks, long highTicks, long lowTicks, long closeTicks) {
    public Candle {
        if (lowTicks < 1 || lowTicks > Math.min(openTicks, closeTicks) || highTicks < Math.max(openTicks, closeTicks)) {
            throw new IllegalArgumentException("candle at " + openEpochSecond + ": need 1 ≤ low ≤ open, close ≤ high");
        }
    }

    public boolean closedDown() {
        return closeTicks < openTicks;
    }
}
