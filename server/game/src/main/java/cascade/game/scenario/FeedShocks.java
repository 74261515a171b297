package cascade.game.scenario;

import cascade.game.feed.venue.VenueFeeds;

/**
 * Routes the index shocks to {@link VenueFeeds}; the others (whale, mm_pull, risk rules, halt, news) belong
 * to the room, the bots and the engine.
 */
public final class FeedShocks {
    private FeedShocks() {
    }

    /**
     * Applies {@code shock} to {@code feeds} if it is an index shock.
     *
     * @param nowNanos game time the shock is applied at
     * @return true if the shock was an index shock (and is now applied)
     */
    public static boolean apply(Shock shock, VenueFeeds feeds, long nowNanos) {
        if (shock instanceof Shock.IndexMove m) {
            feeds.moveBy(m.pctE8(), m.overNanos());
        } else if (shock instanceof Shock.IndexStep s) {
            feeds.step(s.pctE8());
        } else if (shock instanceof Shock.FeedFreeze f) {
            feeds.freeze(f.venue(), nowNanos + f.durationNanos());
        } else if (shock instanceof Shock.OutlierVenue o) {
            feeds.outlier(o.venue(), o.offsetE8(), nowNanos + o.durationNanos());
        } else if (shock instanceof Shock.IndexDecoupling d) {
            feeds.decouple(nowNanos + d.durationNanos());
        } else {
            return false;
        }
        return true;
    }
}
