package cascade.engine.book;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Test listener: records trades and STP cancels as readable strings (so a failing assertion shows the story) and
 * rebuilds an L2 view purely from onLevelChange, which tests compare with the book's own levels.
 */
final class RecordingListener implements BookListener {
    final List<String> events = new ArrayList<>();
    final Map<Long, Long> bidLevels = new TreeMap<>();
    final Map<Long, Long> askLevels = new TreeMap<>();

    static String trade(long taker, long takerOwner, long maker, long makerOwner, boolean takerIsBuy,
                        long price, long qty, long makerRemaining) {
        return "trade taker=" + taker + "/" + takerOwner + " maker=" + maker + "/" + makerOwner
                + (takerIsBuy ? " buy " : " sell ") + qty + "@" + price + " makerLeft=" + makerRemaining;
    }

    static String stp(long maker, long makerOwner, long lots) {
        return "stp maker=" + maker + "/" + makerOwner + " lots=" + lots;
    }

    @Override
    public void onTrade(long takerOrderId, long takerOwner, long makerOrderId, long makerOwner,
                        boolean takerIsBuy, long priceTicks, long qtyLots, long makerRemainingLots) {
        events.add(trade(takerOrderId, takerOwner, makerOrderId, makerOwner, takerIsBuy, priceTicks, qtyLots,
                makerRemainingLots));
    }

    @Override
    public void onSelfTradeCancel(long makerOrderId, long makerOwner, long canceledLots) {
        events.add(stp(makerOrderId, makerOwner, canceledLots));
    }

    @Override
    public void onLevelChange(boolean isBid, long priceTicks, long newTotalLots) {
        Map<Long, Long> side = isBid ? bidLevels : askLevels;
        if (newTotalLots == 0) {
            side.remove(priceTicks);
        } else {
            side.put(priceTicks, newTotalLots);
        }
    }

    /** The book's levels on one side as price → total (sorted by price), for comparison with the L2 view. */
    static Map<Long, Long> levelsOf(OrderBook book, boolean isBid) {
        Map<Long, Long> out = new TreeMap<>();
        book.forEachLevel(isBid, (p, q) -> {
            out.put(p, q);
            return true;
        });
        return out;
    }
}
