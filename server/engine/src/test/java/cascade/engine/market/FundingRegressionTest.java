package cascade.engine.market;

import static cascade.engine.market.MarketDriver.USDT;
import static org.assertj.core.api.Assertions.assertThat;

import cascade.engine.Instrument;
import cascade.engine.book.TimeInForce;
import cascade.engine.command.AdjustInsuranceFund;
import cascade.engine.command.OrderType;
import cascade.engine.command.PlaceOrder;
import cascade.engine.command.Side;
import cascade.engine.event.FundChangeReason;
import cascade.engine.event.FundingSettled;
import cascade.engine.event.InsuranceFundChanged;
import cascade.engine.event.SocializedLossRecorded;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Regressions found by {@link MarketProperties} in funding, minimised to a trainer-readable story. */
class FundingRegressionTest {

    /**
     * Property seed 215: the fund held a taken-over long when the instructor had drained it to zero, and
     * funding was added to its balance directly — the fund went to −1,773 micro-USDT with no event. A
     * payment the fund cannot cover must go on to socialized loss like every other fund deficit.
     */
    @Test
    void fundThatCannotPayFundingPassesTheDeficitToSocializedLoss() {
        Instrument inst = Instrument.btcUsdt().withFundingInterval(10 * Instrument.NANOS_PER_SECOND);
        MarketDriver d = new MarketDriver(inst, 50_000);
        d.account(2, 1_100, 50).account(3, 100_000, 10);
        MarketDriver.noReject(d.limit(3, Side.SELL, 50_000, 1));
        MarketDriver.noReject(d.apply(new PlaceOrder(2, 0, Side.BUY, OrderType.LIMIT, TimeInForce.IOC,
                MarketDriver.ticks(50_000), MarketDriver.lots(1), false)));
        // Index −3 % with an empty book: the 50× long's liquidation IOC finds no bid, the fund takes it over.
        d.tick(48_500);
        assertThat(d.liquidations()).singleElement().satisfies(p -> assertThat(p.takenOverLots()).isEqualTo(1000));
        assertThat(d.market.insuranceFundPositionLots()).isEqualTo(1000);

        d.apply(new AdjustInsuranceFund(-10_000_000 * USDT)); // drained to zero (the engine caps the drain)
        assertThat(d.market.insuranceFundMicros()).isZero();

        List<cascade.engine.event.Event> ev = d.hold(48_500, 10); // through the funding boundary at 10 s
        FundingSettled settled = MarketDriver.of(ev, FundingSettled.class).get(0);
        assertThat(settled.rateE8()).as("positive rate: the fund's long pays").isPositive();
        assertThat(d.market.insuranceFundMicros()).isZero();
        assertThat(MarketDriver.of(ev, InsuranceFundChanged.class)).anyMatch(e -> e.reason() == FundChangeReason.FUNDING)
                .anyMatch(e -> e.reason() == FundChangeReason.DEFICIT_TO_SOCIALIZED);
        assertThat(MarketDriver.of(ev, SocializedLossRecorded.class)).isNotEmpty();
        assertThat(d.market.socializedLossMicros()).isPositive();
    }
}
