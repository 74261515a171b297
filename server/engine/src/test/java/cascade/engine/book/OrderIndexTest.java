package cascade.engine.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The id index against HashMap under random put/remove churn, with keys drawn from a small range so that probe
 * runs collide, wrap around the table end and get shifted back by deletions (the part that is easy to get wrong).
 */
class OrderIndexTest {

    @Property(tries = 100)
    void behaves_like_a_hash_map(@ForAll long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        OrderIndex index = new OrderIndex(2);
        Map<Long, Integer> ref = new HashMap<>();
        for (int step = 0; step < 3_000; step++) {
            long key = rnd.nextInt(3) == 0 ? rnd.nextLong() : rnd.nextInt(200) - 20;
            if (ref.containsKey(key) || rnd.nextInt(3) == 0) {
                index.remove(key);
                ref.remove(key);
            } else {
                int value = rnd.nextInt(1 << 20);
                index.put(key, value);
                ref.put(key, value);
            }
            long probe = rnd.nextInt(200) - 20;
            assertThat(index.get(probe)).isEqualTo(ref.getOrDefault(probe, OrderIndex.NONE));
            assertThat(index.size()).isEqualTo(ref.size());
        }
        for (Map.Entry<Long, Integer> e : ref.entrySet()) {
            assertThat(index.get(e.getKey())).isEqualTo(e.getValue());
        }
    }
}
