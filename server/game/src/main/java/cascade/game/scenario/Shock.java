package cascade.game.scenario;

/**
 * One shock, as scheduled by a scenario or injected by the instructor. Units: percentages in parts per 10^8
 * of the price ({@code −8 %} = −8,000,000); durations in game nanoseconds; quantities in lots of the room's
 * instrument; money in micro-USDT. Durations run from the moment the shock is applied.
 */
public sealed interface Shock {
    ShockType type();

    /** The underlying index drifts by {@code pctE8} linearly over {@code overNanos}. */
    record IndexMove(long pctE8, long overNanos) implements Shock {
        public ShockType type() {
            return ShockType.INDEX_MOVE;
        }
    }

    /** The underlying index jumps by {@code pctE8} at once. */
    record IndexStep(long pctE8) implements Shock {
        public ShockType type() {
            return ShockType.INDEX_STEP;
        }
    }

    /** One venue's feed stops updating for {@code durationNanos} (dropped from the index after 10 s). */
    record FeedFreeze(String venue, long durationNanos) implements Shock {
        public ShockType type() {
            return ShockType.FEED_FREEZE;
        }
    }

    /** One venue reports the underlying × (1 + offsetE8 / 10^8) for {@code durationNanos}. */
    record OutlierVenue(String venue, long offsetE8, long durationNanos) implements Shock {
        public ShockType type() {
            return ShockType.OUTLIER_VENUE;
        }
    }

    /** The published index is held (stops following underlying and perp flow) for {@code durationNanos}. */
    record IndexDecoupling(long durationNanos) implements Shock {
        public ShockType type() {
            return ShockType.INDEX_DECOUPLING;
        }
    }

    /** A whale sends one market order of {@code qtyLots}. */
    record WhaleOrder(OrderSide side, long qtyLots) implements Shock {
        public ShockType type() {
            return ShockType.WHALE_ORDER;
        }
    }

    /** Market makers cancel their quotes and stay out for {@code durationNanos}. */
    record MmPull(long durationNanos) implements Shock {
        public ShockType type() {
            return ShockType.MM_PULL;
        }
    }

    /** Every bracket's max leverage is capped at {@code maxLeverage} (new orders; existing positions keep theirs). */
    record MaxLeverage(int maxLeverage) implements Shock {
        public ShockType type() {
            return ShockType.MAX_LEVERAGE;
        }
    }

    /** Every bracket's MMR is multiplied by {@code multiplierE8 / 10^8} (2× = 200,000,000). */
    record MmrMultiplier(long multiplierE8) implements Shock {
        public ShockType type() {
            return ShockType.MMR_MULTIPLIER;
        }
    }

    /** The insurance fund is topped up (positive) or drained (negative) by {@code deltaMicros}. */
    record InsuranceFund(long deltaMicros) implements Shock {
        public ShockType type() {
            return ShockType.INSURANCE_FUND;
        }
    }

    /** ADL switched on or off (off → deficits become socialized loss). */
    record Adl(boolean enabled) implements Shock {
        public ShockType type() {
            return ShockType.ADL;
        }
    }

    /** Order entry and matching stop for {@code durationNanos}; the index keeps moving. */
    record Halt(long durationNanos) implements Shock {
        public ShockType type() {
            return ShockType.HALT;
        }
    }

    /** A news line shown to everyone. */
    record News(String text) implements Shock {
        public ShockType type() {
            return ShockType.NEWS;
        }
    }
}
