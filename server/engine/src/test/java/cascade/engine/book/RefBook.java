package cascade.engine.book;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Deliberately simple reference book for differential tests: TreeMap of levels, ArrayList per level (index 0 =
 * oldest), HashMap of live orders. Written from the OrderBook contract, not from its code; speed is irrelevant.
 */
final class RefBook {
    static final class Ord {
        final long id;
        final long owner;
        final boolean buy;
        long price;
        long rem;

        Ord(long id, long owner, boolean buy, long price, long rem) {
            this.id = id;
            this.owner = owner;
            this.buy = buy;
            this.price = price;
            this.rem = rem;
        }
    }

    final TreeMap<Long, List<Ord>> bids = new TreeMap<>(Comparator.reverseOrder()); // best (highest) first
    final TreeMap<Long, List<Ord>> asks = new TreeMap<>();                           // best (lowest) first
    final Map<Long, Ord> live = new HashMap<>();
    final List<String> events = new ArrayList<>();
    long lastFilled;
    long lastRested;
    long trades;     // fills since creation, as peer-bench counts them
    long volume;     // lots filled since creation

    int place(long id, long owner, boolean buy, long price, long qty, TimeInForce tif) {
        lastFilled = 0;
        lastRested = 0;
        if (qty <= 0 || price <= 0) {
            return OrderBook.INVALID;
        }
        if (live.containsKey(id)) {
            return OrderBook.DUPLICATE_ORDER_ID;
        }
        TreeMap<Long, List<Ord>> opp = buy ? asks : bids;
        if (tif == TimeInForce.POST_ONLY && !opp.isEmpty() && crosses(buy, price, opp.firstKey())) {
            return OrderBook.POST_ONLY_WOULD_CROSS;
        }
        if (tif == TimeInForce.FOK) {
            long available = 0;
            for (Map.Entry<Long, List<Ord>> e : opp.entrySet()) {
                if (!crosses(buy, price, e.getKey())) {
                    break;
                }
                for (Ord o : e.getValue()) {
                    available += o.owner == owner ? 0 : o.rem;
                }
            }
            if (available < qty) {
                return OrderBook.FOK_NOT_FILLABLE;
            }
        }
        Ord o = new Ord(id, owner, buy, price, qty);
        match(o);
        if (o.rem > 0 && (tif == TimeInForce.GTC || tif == TimeInForce.POST_ONLY)) {
            rest(o);
        }
        return OrderBook.OK;
    }

    long cancel(long id) {
        Ord o = live.get(id);
        if (o == null) {
            return -1;
        }
        remove(o);
        return o.rem;
    }

    int amend(long id, long price, long qty) {
        lastFilled = 0;
        lastRested = 0;
        Ord o = live.get(id);
        if (o == null) {
            return OrderBook.UNKNOWN_ORDER;
        }
        if (price <= 0 || qty <= 0) {
            return OrderBook.INVALID;
        }
        if (price == o.price && qty <= o.rem) {
            o.rem = qty;
            lastRested = qty;
            return OrderBook.OK;
        }
        remove(o);
        o.price = price;
        o.rem = qty;
        match(o);
        if (o.rem > 0) {
            rest(o);
        }
        return OrderBook.OK;
    }

    int move(long id, long price) {
        lastFilled = 0;
        lastRested = 0;
        Ord o = live.get(id);
        if (o == null) {
            return OrderBook.UNKNOWN_ORDER;
        }
        if (price <= 0) {
            return OrderBook.INVALID;
        }
        remove(o);
        o.price = price;
        match(o);
        if (o.rem > 0) {
            rest(o);
        }
        return OrderBook.OK;
    }

    /** Orders of one side in priority order, as "id owner price rem" strings. */
    List<String> orders(boolean bid) {
        List<String> out = new ArrayList<>();
        for (List<Ord> level : (bid ? bids : asks).values()) {
            for (Ord o : level) {
                out.add(o.id + " " + o.owner + " " + o.price + " " + o.rem);
            }
        }
        return out;
    }

    /** peer-bench fingerprint, computed independently of OrderBook. */
    long fingerprint() {
        long h = 0xcbf29ce484222325L;
        for (String side : new String[] {"ask", "bid"}) {
            for (List<Ord> level : (side.equals("ask") ? asks : bids).values()) {
                for (Ord o : level) {
                    h = fnv(fnv(fnv(h, o.id), o.price), o.rem);
                }
            }
            if (side.equals("ask")) {
                h = fnv(h, -1);
            }
        }
        return h;
    }

    private static long fnv(long h, long v) {
        return (h ^ v) * 0x100000001b3L;
    }

    private static boolean crosses(boolean buy, long limit, long restingPrice) {
        return buy ? restingPrice <= limit : restingPrice >= limit;
    }

    private void match(Ord t) {
        TreeMap<Long, List<Ord>> opp = t.buy ? asks : bids;
        long start = t.rem;
        while (t.rem > 0 && !opp.isEmpty() && crosses(t.buy, t.price, opp.firstKey())) {
            Ord m = opp.firstEntry().getValue().get(0);
            if (m.owner == t.owner) {
                remove(m);
                events.add(RecordingListener.stp(m.id, m.owner, m.rem));
                continue;
            }
            long fill = Math.min(t.rem, m.rem);
            t.rem -= fill;
            m.rem -= fill;
            trades++;
            volume += fill;
            events.add(RecordingListener.trade(t.id, t.owner, m.id, m.owner, t.buy, m.price, fill, m.rem));
            if (m.rem == 0) {
                remove(m);
            }
        }
        lastFilled = start - t.rem;
    }

    private void rest(Ord o) {
        (o.buy ? bids : asks).computeIfAbsent(o.price, p -> new ArrayList<>()).add(o);
        live.put(o.id, o);
        lastRested = o.rem;
    }

    private void remove(Ord o) {
        TreeMap<Long, List<Ord>> side = o.buy ? bids : asks;
        List<Ord> level = side.get(o.price);
        level.remove(o);
        if (level.isEmpty()) {
            side.remove(o.price);
        }
        live.remove(o.id);
    }
}
