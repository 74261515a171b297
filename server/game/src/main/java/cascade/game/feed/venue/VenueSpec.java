package cascade.game.feed.venue;

/**
 * One spot venue feeding the index.
 *
 * @param name    id used by shocks (feed_freeze, outlier_venue) and shown in the UI
 * @param weight  relative integer weight in the average (≥ 1)
 * @param biasE8  persistent relative bias vs the underlying, parts per 10^8 (+2 bp = 20,000)
 * @param noiseBp stdev of the venue's own per-tick noise, basis points (clamped at ±3 stdev)
 */
public record VenueSpec(String name, long weight, long biasE8, double noiseBp) {
    public VenueSpec {
        if (name == null || name.isBlank() || weight < 1 || !(noiseBp >= 0) || biasE8 <= -100_000_000L) {
            throw new IllegalArgumentException("venue: name required, weight ≥ 1, noise ≥ 0, bias > −100 %");
        }
    }
}
