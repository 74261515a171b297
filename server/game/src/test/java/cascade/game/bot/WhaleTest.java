package cascade.game.bot;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.engine.command.Command;
import cascade.engine.command.OrderType;
import cascade.engine.command.PlaceOrder;
import cascade.engine.command.Side;
import cascade.game.scenario.BotType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhaleTest {
    @Test
    void worksAShockOrderInMarketSlicesThatWalkDownTheBook() {
        BotHarness h = new BotHarness(13);
        h.add(BotType.MARKET_MAKER, 3, "sizeBtc", 1.0, "levels", 8, "pullOnMovePct", 0.0, "maxInventoryBtc", 100.0,
                "refreshMs", 2000);
        Bot whale = h.add(BotType.WHALE, 1, "sliceBtc", 5.0).get(0);
        h.run(5);
        h.ctx.whaleOrders.put(whale.accountId(), -20_000L); // sell 20 BTC
        List<Long> lastAfterSlice = new ArrayList<>();
        int slices = 0;
        for (int i = 0; i < 10; i++) {
            h.tick();
            for (Command c : h.tickCommands) {
                if (c instanceof PlaceOrder p && p.accountId() == whale.accountId()) {
                    assertThat(p.type()).isEqualTo(OrderType.MARKET);
                    assertThat(p.side()).isEqualTo(Side.SELL);
                    assertThat(p.qtyLots()).isLessThanOrEqualTo(5_000);
                    slices++;
                    lastAfterSlice.add(h.market().lastPriceTicks());
                }
            }
        }
        assertThat(slices).isGreaterThanOrEqualTo(4);
        assertThat(h.market().account(whale.accountId()).positionLots()).isEqualTo(-20_000);
        for (int i = 1; i < lastAfterSlice.size(); i++) {
            assertThat(lastAfterSlice.get(i)).isLessThanOrEqualTo(lastAfterSlice.get(i - 1));
        }
        assertThat(lastAfterSlice.get(lastAfterSlice.size() - 1)).isLessThan(lastAfterSlice.get(0));
        assertThat(h.rejected(BotType.WHALE)).isZero();
    }

    @Test
    void buildsItsInitialPositionPatiently() {
        BotHarness h = new BotHarness(17);
        h.add(BotType.MARKET_MAKER, 3, "sizeBtc", 2.0, "pullOnMovePct", 0.0, "maxInventoryBtc", 100.0);
        h.add(BotType.ARBITRAGEUR, 2, "sizeBtc", 2.0, "maxPositionBtc", 100.0);
        Bot whale = h.add(BotType.WHALE, 1, "side", "long", "positionBtc", 30.0, "sliceBtc", 2.0).get(0);
        h.run(120);
        assertThat(h.market().account(whale.accountId()).positionLots()).isEqualTo(30_000);
        assertThat(Math.abs(h.market().markPriceTicks() - BotHarness.START)).isLessThan(BotHarness.START / 200);
        assertThat(h.rejected(BotType.WHALE)).isZero();
    }
}
