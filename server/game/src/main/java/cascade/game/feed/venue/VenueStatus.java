package cascade.game.feed.venue;

/** How one venue's value took part in the published index at a tick. */
public enum VenueStatus {
    /** In the (weighted) average. */
    USED,
    /** In the plain median (more than one outlier this tick). */
    MEDIAN,
    /** The single source more than 5 % from the median: weight 0. */
    OUTLIER,
    /** No update for more than 10 game-seconds: dropped. */
    STALE
}
