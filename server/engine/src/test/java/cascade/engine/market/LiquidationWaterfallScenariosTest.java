package cascade.engine.market;

import static cascade.engine.market.MarketDriver.lots;
import static cascade.engine.market.MarketDriver.micros;
import static cascade.engine.market.MarketDriver.noReject;
import static cascade.engine.market.MarketDriver.of;
import static cascade.engine.market.MarketDriver.ticks;
import static org.assertj.core.api.Assertions.assertThat;

import cascade.engine.Instrument;
import cascade.engine.command.Side;
import cascade.engine.event.CauseKind;
import cascade.engine.event.Event;
import cascade.engine.event.FundChangeReason;
import cascade.engine.event.InsuranceFundChanged;
import cascade.engine.event.PositionAutoDeleveraged;
import cascade.engine.event.PositionLiquidated;
import cascade.engine.event.SocializedLossRecorded;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The liquidation waterfall of RULES.md, one named scenario per step, in a trainer's units. Each starts from
 * MECHANICS §1.3's isolated long: 1 BTC at 50,000 with 20× (margin 2,500; liquidation 47,690.76, the engine
 * acts at the tick 47,690.7; bankruptcy 47,500). The book is kept one-sided at the ticks, so the mark
 * follows the index exactly (the basis samples are zero and last trade stays above).
 */
class LiquidationWaterfallScenariosTest {
    static final long MAKER = 100;
    static final long TRADER = 1;
    static final double FUND_SEED = 1_000_000;

    /** Given the §1.3 long (fees covered by the wallet, not the position margin). */
    static MarketDriver isolatedLong(Instrument inst) {
        MarketDriver d = new MarketDriver(inst, 50_000);
        d.account(MAKER, 10_000_000, 10);
        d.account(TRADER, 2_600, 20).isolated(TRADER);
        noReject(d.limit(MAKER, Side.SELL, 50_000, 1));
        noReject(d.market(TRADER, Side.BUY, 1));
        AccountView v = d.view(TRADER);
        assertThat(v.positionLots()).isEqualTo(lots(1));
        assertThat(v.isolatedMarginMicros()).isEqualTo(micros(2_500));
        assertThat(v.liquidationPriceTicks()).isEqualTo(ticks(47_690.7));
        assertThat(v.bankruptcyPriceTicks()).isEqualTo(ticks(47_500));
        return d;
    }

    @Test
    @DisplayName("A liquidation filled above bankruptcy: the clearance fee and the surplus grow the fund")
    void filledAboveBankruptcy() {
        MarketDriver d = isolatedLong(Instrument.btcUsdt());
        noReject(d.limit(MAKER, Side.BUY, 47_650, 1));          // a bid between liquidation and bankruptcy

        List<Event> ev = d.tick(47_600);                          // when the index (and so the mark) falls below 47,690.7

        PositionLiquidated liq = of(ev, PositionLiquidated.class).get(0);
        assertThat(liq.accountId()).isEqualTo(TRADER);
        assertThat(liq.filledLots()).isEqualTo(lots(1));          // then the IOC fills at 47,650 ≥ bankruptcy 47,500
        assertThat(liq.clearanceFeeMicros()).isEqualTo(micros(142.95));   // min(0.3 % × 47,650, 150 left)
        assertThat(liq.surplusToFundMicros()).isEqualTo(micros(7.05));
        assertThat(liq.takenOverLots()).isZero();
        assertThat(liq.adlLots()).isZero();
        assertThat(liq.generation()).isEqualTo(1);
        assertThat(liq.cause().kind()).isEqualTo(CauseKind.INDEX);
        assertThat(d.market.insuranceFundMicros()).isEqualTo(micros(FUND_SEED + 150));
        AccountView after = d.view(TRADER);
        assertThat(after.positionLots()).isZero();
        assertThat(after.isolatedMarginMicros()).isZero();
        assertThat(after.walletMicros()).isEqualTo(micros(2_600 - 2_500 - 25)); // wallet outside the position untouched
    }

    @Test
    @DisplayName("A remainder the book cannot fill is taken over by the fund and offloaded at a loss: the fund pays")
    void fundTakesOverAndOffloadsAtALoss() {
        MarketDriver d = isolatedLong(Instrument.btcUsdt());
        d.tick(48_500);                                          // the index drifts down (within the 5 % band of 47,000)
        noReject(d.limit(MAKER, Side.BUY, 47_600, 0.2));        // only 0.2 BTC bid above bankruptcy
        noReject(d.limit(MAKER, Side.BUY, 47_000, 10));         // deep liquidity below bankruptcy

        List<Event> ev = d.tick(47_600);

        PositionLiquidated liq = of(ev, PositionLiquidated.class).get(0);
        assertThat(liq.filledLots()).isEqualTo(lots(0.2));
        assertThat(liq.takenOverLots()).isEqualTo(lots(0.8));     // the fund takes 0.8 BTC at 47,500
        // Margin left: 2,500 − 0.2 × 2,400 − 0.8 × 2,500 = 20; fee min(0.3 % × 9,520 = 28.56, 20) = 20.
        assertThat(liq.clearanceFeeMicros()).isEqualTo(micros(20));
        assertThat(liq.surplusToFundMicros()).isZero();
        // Step 5 of the same tick: the fund offloads at most 10 % of the depth within 1 % (10 BTC → 1 BTC ≥ 0.8).
        List<InsuranceFundChanged> fund = of(ev, InsuranceFundChanged.class);
        assertThat(fund).anySatisfy(f -> {
            assertThat(f.reason()).isEqualTo(FundChangeReason.OFFLOAD_PNL);
            assertThat(f.deltaMicros()).isEqualTo(-micros(0.8 * 500));   // sold at 47,000: the fund pays 400
        });
        assertThat(d.market.insuranceFundPositionLots()).isZero();
        assertThat(d.market.insuranceFundMicros()).isEqualTo(micros(FUND_SEED + 20 - 400));
    }

    /** Longs A (the bankrupt), D (safe); shorts B (small wallet, high score) and C (large wallet). */
    static MarketDriver adlSetup(Instrument inst) {
        MarketDriver d = new MarketDriver(inst, 50_000);
        long a = 1;
        long b = 2;
        long c = 3;
        long dd = 4;
        d.account(a, 2_600, 20).isolated(a);
        d.account(b, 1_400, 40);
        d.account(c, 20_000, 10);
        d.account(dd, 1_000_000, 10);
        noReject(d.limit(b, Side.SELL, 50_000, 1));
        noReject(d.market(a, Side.BUY, 1));
        noReject(d.limit(c, Side.SELL, 50_000, 1));
        noReject(d.market(dd, Side.BUY, 1));
        return d;
    }

    @Test
    @DisplayName("Fund empty → ADL closes the bankrupt long against the highest-ranked profitable short (§1.6)")
    void fundExhaustedThenAdlByRank() {
        MarketDriver d = adlSetup(Instrument.btcUsdt().withInsuranceSeed(0));
        d.tick(48_000);                                              // shorts now profitable, A not yet liquidated
        assertThat(d.view(2).adlQuantile()).isGreaterThan(d.view(3).adlQuantile());   // B is first in line

        List<Event> ev = d.tick(47_600);                             // no bids at all: the book fills nothing

        PositionLiquidated liq = of(ev, PositionLiquidated.class).get(0);
        assertThat(liq.accountId()).isEqualTo(1);
        assertThat(liq.filledLots()).isZero();
        assertThat(liq.takenOverLots()).isZero();                    // the fund has nothing
        assertThat(liq.adlLots()).isEqualTo(lots(1));
        List<PositionAutoDeleveraged> adl = of(ev, PositionAutoDeleveraged.class);
        assertThat(adl).hasSize(1);
        assertThat(adl.get(0).accountId()).isEqualTo(2);             // B: 2,400 / 1,3xx × MM/(WB+uPnL) beats C
        assertThat(adl.get(0).priceTicks()).isEqualTo(ticks(47_500)); // closed at A's bankruptcy price
        assertThat(adl.get(0).realizedPnlMicros()).isEqualTo(micros(2_500));
        assertThat(d.view(2).positionLots()).isZero();
        assertThat(d.view(3).positionLots()).isEqualTo(-lots(1));   // C untouched
        assertThat(d.market.socializedLossMicros()).isZero();
    }

    @Test
    @DisplayName("ADL off → the house takes the position; its loss when offloaded is socialized")
    void adlOffSocializedLoss() {
        MarketDriver d = adlSetup(Instrument.btcUsdt().withInsuranceSeed(0).withLossPolicy(false, true));
        d.tick(48_500);
        noReject(d.limit(4, Side.BUY, 47_000, 10));                  // liquidity only below bankruptcy

        List<Event> ev = d.tick(47_600);

        PositionLiquidated liq = of(ev, PositionLiquidated.class).get(0);
        assertThat(liq.adlLots()).isZero();
        assertThat(liq.socializedLots()).isEqualTo(lots(1));
        assertThat(of(ev, PositionAutoDeleveraged.class)).isEmpty();
        List<SocializedLossRecorded> loss = of(ev, SocializedLossRecorded.class);
        assertThat(loss).isNotEmpty();
        assertThat(d.market.socializedLossMicros()).isEqualTo(micros(500)); // bought at 47,500, sold at 47,000
        assertThat(d.view(2).positionLots()).isEqualTo(-lots(1));    // profitable shorts keep their positions
    }
}
