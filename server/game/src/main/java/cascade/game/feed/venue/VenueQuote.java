package cascade.game.feed.venue;

/** One venue's value at a tick, for the UI. Price in ticks; time in game nanoseconds. */
public record VenueQuote(String name, long ticks, long lastUpdateNanos, VenueStatus status) {
}
