package cascade.game.feed.venue;

/** Which branch of MECHANICS §1.1's robustness rules produced the published index. */
public enum CombineRule {
    /** No fresh source deviated: weighted average of all fresh sources. */
    WEIGHTED_AVERAGE,
    /** Exactly one fresh source deviated > 5 % from the median: weighted average of the others. */
    OUTLIER_EXCLUDED,
    /** More than one fresh source deviated: plain median of all fresh sources. */
    MEDIAN_OF_ALL,
    /** Every source is stale: the last published index is held. */
    HELD_NO_FRESH_SOURCE,
    /** An index_decoupling shock is active: the index is held at its value when it began. */
    HELD_DECOUPLED
}
