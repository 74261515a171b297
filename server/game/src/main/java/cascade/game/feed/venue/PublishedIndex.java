package cascade.game.feed.venue;

import java.util.List;

/**
 * The result of one feed tick.
 *
 * @param gameTimeNanos   the tick's game time
 * @param indexTicks      the published index (what the mark price uses), ticks
 * @param underlyingTicks the hidden "true" underlying after shocks and coupling (instructor/debrief only), ticks
 * @param rule            which robustness rule produced {@code indexTicks}
 * @param venues          per-venue values and their status, in scenario order
 */
public record PublishedIndex(long gameTimeNanos, long indexTicks, long underlyingTicks, CombineRule rule,
                             List<VenueQuote> venues) {
    public PublishedIndex {
        venues = List.copyOf(venues);
    }
}
