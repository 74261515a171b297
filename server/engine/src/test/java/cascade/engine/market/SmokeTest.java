package cascade.engine.market;

import static cascade.engine.market.MarketDriver.lots;
import static cascade.engine.market.MarketDriver.micros;
import static cascade.engine.market.MarketDriver.ticks;
import static org.assertj.core.api.Assertions.assertThat;

import cascade.engine.command.Side;
import cascade.engine.event.TradeExecuted;
import org.junit.jupiter.api.Test;

class SmokeTest {
    @Test
    void aTradeOpensTwoPositionsAndChargesFees() {
        MarketDriver d = new MarketDriver(50_000);
        d.account(1, 600, 10).account(2, 10_000, 10);
        MarketDriver.noReject(d.limit(1, Side.BUY, 50_000, 0.1));
        var ev = MarketDriver.noReject(d.market(2, Side.SELL, 0.1));
        assertThat(MarketDriver.of(ev, TradeExecuted.class)).hasSize(1);
        assertThat(d.view(1).positionLots()).isEqualTo(lots(0.1));
        assertThat(d.view(2).positionLots()).isEqualTo(-lots(0.1));
        // maker 0.02 % of 5,000 = 1 USDT, taker 0.05 % = 2.5 USDT
        assertThat(d.view(1).walletMicros()).isEqualTo(micros(600 - 1));
        assertThat(d.view(2).walletMicros()).isEqualTo(micros(10_000 - 2.5));
        // cross long: (5,000 − 599) / (0.1 × (1 − 0.4 %)) = 44,186.75 → the engine acts at 44,186.7 and below
        assertThat(d.view(1).liquidationPriceTicks()).isEqualTo(ticks(44_186.7));
        // a limit 6 % from mark is refused, and the message names the mark in USDT (not ticks)
        var band = MarketDriver.of(d.limit(1, Side.BUY, 47_000, 0.001), cascade.engine.event.CommandRejected.class);
        assertThat(band).singleElement().satisfies(r -> {
            assertThat(r.reason()).isEqualTo(cascade.engine.event.RejectReason.BOOK_PRICE_BAND);
            assertThat(r.detail()).endsWith("mark 50000 USDT");
        });
        assertThat(d.market.query().liquidatableAt(1, ticks(44_186.7))).isTrue();
        assertThat(d.market.query().liquidatableAt(1, ticks(44_186.8))).isFalse();
        // Probability of reaching 44,186.7 from 50,000 (−11.6 %): grows with horizon and volatility.
        MarketQueries q = d.market.query();
        double hour = q.liquidationProbability(1, 3600, 0.6, 0, 0);
        double day = q.liquidationProbability(1, 86_400, 0.6, 0, 0);
        assertThat(hour).isGreaterThan(0).isLessThan(day);
        assertThat(q.liquidationProbability(1, 86_400, 1.2, 0, 0)).isGreaterThan(day);
        assertThat(q.liquidationProbability(1, 86_400, 0.6, 0, 60)).isLessThan(day); // discrete checks: less likely
        assertThat(q.liquidationProbability(2, 86_400, 0.6, 0, 0)).isGreaterThan(0); // the short's barrier is above
        assertThat(q.liquidationProbability(99, 86_400, 0.6, 0, 0)).isZero();
    }
}
