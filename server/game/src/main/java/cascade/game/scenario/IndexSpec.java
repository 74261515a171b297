package cascade.game.scenario;

import cascade.game.feed.venue.VenueSpec;

import java.util.List;

/**
 * The index section: the model of the hidden underlying, the venues combined into the published index
 * (a single venue "index" when the scenario lists none) and the optional perp→spot coupling.
 *
 * @param couplingFraction   share of net perp taker flow that reaches spot (0 = none)
 * @param depthPerPctMicros  spot notional that moves spot by 1 %, micro-USDT
 * @param couplingHalfLifeNanos decay half-life of the flow impact (0 = permanent)
 */
public record IndexSpec(ModelSpec model, List<VenueSpec> venues, double couplingFraction, long depthPerPctMicros,
                        long couplingHalfLifeNanos) {
    public IndexSpec {
        venues = List.copyOf(venues);
    }

    public boolean hasVenue(String name) {
        return venues.stream().anyMatch(v -> v.name().equals(name));
    }
}
