package cascade.game.bot;

import static org.assertj.core.api.Assertions.assertThat;

import cascade.engine.market.BookView;
import cascade.game.scenario.BotType;
import org.junit.jupiter.api.Test;

/** Given a market-maker population around a steady index, the book is two-sided and thins as risk rises. */
class MarketMakerTest {
    private static final long ONE_PCT_E8 = 1_000_000;

    private static BotHarness calmBook() {
        BotHarness h = new BotHarness(7);
        h.add(BotType.MARKET_MAKER, 4, "spreadBps", 2.0, "levels", 10, "levelStepBps", 2.0, "sizeBtc", 0.5);
        h.run(5);
        return h;
    }

    @Test
    void quotesATwoSidedLadderAroundTheIndexWithTheConfiguredSpreadAndLevels() {
        BotHarness h = calmBook();
        long index = BotHarness.START;
        long bid = h.market().query().bestBidTicks();
        long ask = h.market().query().bestAskTicks();
        assertThat(bid).isLessThan(index).isGreaterThanOrEqualTo(index - 60 - 1); // half of 2 bps = 6 USDT
        assertThat(ask).isGreaterThan(index).isLessThanOrEqualTo(index + 60 + 1);
        BookView book = h.market().bookView(50);
        assertThat(book.bidPrices()).hasSize(10);
        assertThat(book.askPrices()).hasSize(10);
        // 4 makers × 0.5 BTC at each of the 10 levels, 2 bps (12 USDT) apart
        assertThat(book.bidLots()).containsOnly(2000);
        assertThat(book.bidPrices()[0] - book.bidPrices()[1]).isEqualTo(120);
        assertThat(h.rejected(BotType.MARKET_MAKER)).isZero();
    }

    @Test
    void depthWithinOnePercentShrinksWhenVolatilityRisesAndVanishesWhilePulled() {
        BotHarness h = calmBook();
        long[] calm = h.market().query().depthWithinLots(ONE_PCT_E8);
        h.ctx.volatilityAnnual = 3.2; // a cascade's EWMA: 4 × the 80 % base
        h.run(2);
        long[] stressed = h.market().query().depthWithinLots(ONE_PCT_E8);
        assertThat(stressed[0]).isPositive().isLessThan(calm[0] / 4);
        assertThat(stressed[1]).isPositive().isLessThan(calm[1] / 4);
        long stressedSpread = h.market().query().bestAskTicks() - h.market().query().bestBidTicks();
        assertThat(stressedSpread).isGreaterThanOrEqualTo(4 * 120 - 2);

        h.ctx.pulled = true;
        h.tick();
        assertThat(h.market().query().depthWithinLots(ONE_PCT_E8)).containsExactly(0, 0);
        h.run(3);
        assertThat(h.market().query().bestBidTicks()).isZero();

        h.ctx.pulled = false;
        h.ctx.volatilityAnnual = 0.5;
        h.run(2);
        assertThat(h.market().query().depthWithinLots(ONE_PCT_E8)).containsExactly(calm);
        assertThat(h.rejected(BotType.MARKET_MAKER)).isZero();
    }

    @Test
    void pullsOnAFastMoveOfTheMark() {
        BotHarness h = new BotHarness(7);
        h.add(BotType.MARKET_MAKER, 2, "pullOnMovePct", 1.0);
        h.run(3);
        assertThat(h.market().query().bestBidTicks()).isPositive();
        h.indexPath = t -> BotHarness.START * 985 / 1000; // −1.5 % step
        h.run(2);
        assertThat(h.market().query().depthWithinLots(ONE_PCT_E8)).containsExactly(0, 0);
        h.run(15); // the move leaves the 10 s window: quotes come back
        assertThat(h.market().query().bestBidTicks()).isPositive();
    }

    @Test
    void skewsAgainstInventoryAndStopsBuyingAtTheLimit() {
        BotHarness h = new BotHarness(7);
        h.add(BotType.MARKET_MAKER, 1, "maxInventoryBtc", 2.0, "sizeBtc", 0.5, "levels", 8);
        h.run(2);
        long seller = h.account(1_000_000, 5);
        h.apply(BotOrders.market(seller, cascade.engine.command.Side.SELL, 3000, false), null);
        h.run(2);
        long inventory = h.market().account(1).positionLots();
        assertThat(inventory).isBetween(1500L, 2000L);
        BookView book = h.market().bookView(50);
        long bidLots = 0;
        for (long q : book.bidLots()) {
            bidLots += q;
        }
        assertThat(inventory + bidLots).isLessThanOrEqualTo(2000);
        assertThat(book.askPrices()[0]).isLessThan(BotHarness.START + 24); // skewed down to sell inventory
    }
}
