package cascade.engine.market;

import static cascade.engine.market.MarketDriver.lots;
import static cascade.engine.market.MarketDriver.micros;
import static cascade.engine.market.MarketDriver.noReject;
import static cascade.engine.market.MarketDriver.of;
import static cascade.engine.market.MarketDriver.ticks;
import static org.assertj.core.api.Assertions.assertThat;

import cascade.engine.Instrument;
import cascade.engine.command.IndexTick;
import cascade.engine.command.Side;
import cascade.engine.event.CauseKind;
import cascade.engine.event.Event;
import cascade.engine.event.FundingPaid;
import cascade.engine.event.PositionLiquidated;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Cascades a trainer can walk a class through: given accounts and book, when the price moves, then who goes and why. */
class CascadeScenariosTest {
    static final long MM = 100;

    @Test
    @DisplayName("Three generations: each forced sell walks the book down and pushes the next long over, tick by tick")
    void threeGenerationCascade() {
        MarketDriver d = new MarketDriver(50_000);
        d.account(MM, 10_000_000, 10);
        // Given three isolated longs of 1 BTC at 50,000 at 70×, 59× and 50× (liquidation ≈ 49,484 / 49,346 / 49,197)
        d.account(1, 1_000, 70).isolated(1);
        d.account(2, 1_000, 59).isolated(2);
        d.account(3, 1_100, 50).isolated(3);
        noReject(d.limit(MM, Side.SELL, 50_000, 3));
        for (long id = 1; id <= 3; id++) {
            noReject(d.market(id, Side.BUY, 1));
        }
        long l1 = d.view(1).liquidationPriceTicks();
        long l2 = d.view(2).liquidationPriceTicks();
        long l3 = d.view(3).liquidationPriceTicks();
        assertThat(l1).isGreaterThan(ticks(49_400)).isGreaterThan(l2);
        assertThat(l2).isLessThan(ticks(49_400)).isGreaterThan(ticks(49_300));
        assertThat(l3).isLessThan(ticks(49_300)).isGreaterThan(ticks(49_160));
        // and a thin book that market makers have re-centred low: 1 BTC bid at 49,300, asks just above
        noReject(d.limit(MM, Side.BUY, 49_300, 1));
        noReject(d.limit(MM, Side.SELL, 49_330, 0.1));
        d.hold(50_000, 3);
        assertThat(d.liquidations()).isEmpty();                 // mark = median(50,000, P2, last 50,000) = 50,000

        // When the index steps to 49,400 and holds there
        List<Event> gen1 = d.tick(49_400);
        PositionLiquidated first = of(gen1, PositionLiquidated.class).get(0);
        assertThat(first.accountId()).isEqualTo(1);
        assertThat(first.generation()).isEqualTo(1);
        assertThat(first.cause().kind()).isEqualTo(CauseKind.INDEX);
        assertThat(d.market.lastPriceTicks()).isEqualTo(ticks(49_300));   // its IOC sold into the 49,300 bid
        assertThat(d.view(2).positionLots()).isEqualTo(lots(1));            // mark 49,400 is above L2's price

        noReject(d.limit(MM, Side.BUY, 49_160, 1));               // the next bid down
        List<Event> gen2 = d.tick(49_400);                        // mark = median(49,400, P2 < last, last 49,300) = 49,300
        PositionLiquidated second = of(gen2, PositionLiquidated.class).get(0);
        assertThat(second.accountId()).isEqualTo(2);
        assertThat(second.generation()).isEqualTo(2);
        assertThat(second.cause().kind()).isEqualTo(CauseKind.LIQUIDATION);
        assertThat(second.cause().parentLiquidationId()).isEqualTo(first.liquidationId());
        assertThat(d.market.lastPriceTicks()).isEqualTo(ticks(49_160));

        noReject(d.limit(MM, Side.BUY, 49_050, 1));
        List<Event> gen3 = d.tick(49_400);                        // mark follows last down to 49,160
        PositionLiquidated third = of(gen3, PositionLiquidated.class).get(0);
        assertThat(third.accountId()).isEqualTo(3);
        assertThat(third.generation()).isEqualTo(3);
        assertThat(third.cause().parentLiquidationId()).isEqualTo(second.liquidationId());
        assertThat(third.episodeId()).isEqualTo(first.episodeId()); // one episode: no 30 s gap
        assertThat(d.market.maxGeneration()).isEqualTo(3);
        assertThat(d.market.indexPriceTicks()).isEqualTo(ticks(49_400)); // the index never moved after the step
    }

    @Test
    @DisplayName("Funding moves a high-leverage long into liquidation at the settlement")
    void fundingIntoLiquidation() {
        Instrument eightHours = Instrument.btcUsdt().withFundingInterval(8 * 3600 * Instrument.NANOS_PER_SECOND);
        MarketDriver d = new MarketDriver(eightHours, 50_000);
        d.account(MM, 10_000_000, 10);
        d.account(1, 500, 125).isolated(1);                        // 0.9 BTC (bracket 1 allows 125×): margin 360
        noReject(d.limit(MM, Side.SELL, 50_000, 0.9));
        noReject(d.market(1, Side.BUY, 0.9));
        noReject(d.limit(MM, Side.BUY, 50_500, 2));                // bids 1.2 % above index: a big premium
        d.hold(49_900, 5);                                          // five premium samples
        assertThat(d.liquidations()).isEmpty();                    // balance 360 − 90 = 270 > maintenance 179.64

        List<Event> ev = d.apply(new IndexTick(8 * 3600 * Instrument.NANOS_PER_SECOND, ticks(49_900)));

        FundingPaid paid = of(ev, FundingPaid.class).stream().filter(f -> f.accountId() == 1).findFirst().orElseThrow();
        assertThat(paid.rateE8()).isEqualTo(300_000);              // capped at 0.75 × 0.4 % = 0.3 % per 8 h
        assertThat(paid.amountMicros()).isEqualTo(-micros(134.73)); // 0.3 % × 44,910: balance 135.27 ≤ 179.64
        PositionLiquidated liq = of(ev, PositionLiquidated.class).get(0);
        assertThat(liq.accountId()).isEqualTo(1);
        assertThat(liq.cause().kind()).isEqualTo(CauseKind.FUNDING);
    }

    @Test
    @DisplayName("A last-price wick does not liquidate: the mark is anchored to the index")
    void wickDoesNotLiquidate() {
        MarketDriver d = new MarketDriver(60_000);
        d.account(MM, 10_000_000, 10);
        d.account(1, 700, 100);                                     // cross long 1 BTC at 100×
        d.account(2, 1_000_000, 10);                                // a whale
        noReject(d.limit(MM, Side.SELL, 60_000, 1));
        noReject(d.market(1, Side.BUY, 1));
        noReject(d.limit(MM, Side.BUY, 59_990, 0.01));
        noReject(d.limit(MM, Side.BUY, 59_000, 5));
        noReject(d.limit(MM, Side.SELL, 60_010, 1));
        d.hold(60_000, 2);
        long liq = d.view(1).liquidationPriceTicks();
        assertThat(liq).isGreaterThan(ticks(59_000));

        noReject(d.market(2, Side.SELL, 0.5));                      // the whale's market sell prints 59,000
        assertThat(d.market.lastPriceTicks()).isEqualTo(ticks(59_000));
        assertThat(d.market.query().liquidatableAt(1, ticks(59_000))).isTrue(); // a last-price venue would liquidate
        noReject(d.limit(MM, Side.BUY, 59_990, 1));                 // makers refill the bid: it was a wick
        d.hold(60_000, 40);

        assertThat(d.liquidations()).isEmpty();
        assertThat(d.view(1).positionLots()).isEqualTo(lots(1));
        assertThat(d.market.markPriceTicks()).isGreaterThan(liq);
    }

    @Test
    @DisplayName("The same position survives in cross mode (whole wallet) a move that liquidates it in isolated mode")
    void crossSurvivesWhereIsolatedDies() {
        MarketDriver d = new MarketDriver(50_000);
        d.account(MM, 10_000_000, 10);
        d.account(1, 5_000, 20).isolated(1);                        // isolated: 2,500 backs the position
        d.account(2, 5_000, 20);                                    // cross: all 5,000 back it
        noReject(d.limit(MM, Side.SELL, 50_000, 2));
        noReject(d.market(1, Side.BUY, 1));
        noReject(d.market(2, Side.BUY, 1));
        assertThat(d.view(1).liquidationPriceTicks()).isEqualTo(ticks(47_690.7));
        assertThat(d.view(2).liquidationPriceTicks()).isLessThan(ticks(45_300)); // (50,000 − 4,975) / 0.996

        List<Event> ev = d.tick(47_000);

        assertThat(of(ev, PositionLiquidated.class)).extracting(PositionLiquidated::accountId).containsExactly(1L);
        assertThat(d.view(1).positionLots()).isZero();
        assertThat(d.view(1).walletMicros()).isEqualTo(micros(5_000 - 2_500 - 25)); // only the isolated margin is lost
        assertThat(d.view(2).positionLots()).isEqualTo(lots(1));
    }
}
