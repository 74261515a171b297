package cascade.engine.market;

import cascade.engine.Instrument;
import cascade.engine.command.AdjustInsuranceFund;
import cascade.engine.command.AdjustIsolatedMargin;
import cascade.engine.command.AmendOrder;
import cascade.engine.command.CancelOrder;
import cascade.engine.command.ChangeRiskRules;
import cascade.engine.command.ClosePosition;
import cascade.engine.command.Command;
import cascade.engine.command.Deposit;
import cascade.engine.command.HaltTrading;
import cascade.engine.command.IndexTick;
import cascade.engine.command.PlaceOrder;
import cascade.engine.command.ResetAccount;
import cascade.engine.command.SetLeverage;
import cascade.engine.command.SetMarginMode;
import cascade.engine.command.Withdraw;
import cascade.engine.event.CauseKind;
import cascade.engine.event.Event;
import java.util.ArrayList;
import java.util.List;

/**
 * One perpetual market: order book, accounts, margin service, liquidation waterfall, insurance fund, ADL,
 * funding, genealogy. {@link #apply(Command)} is the only mutator; it returns the events the command caused,
 * rejections included (an exception is a bug). Deterministic: the same commands from the same start give
 * the same events and the same {@link #stateHash()}. Single-threaded: one writer, no locks.
 */
public final class Market {
    final MarketState s;
    final Trading trading;
    final AutoDeleverager adl;
    final MarginService margin;
    final MarketClock clock;
    final Funding funding;
    private final AccountCommands accountCommands;
    private final MarketQueries queries;

    /** A market at {@code initialIndexTicks} (also the first mark), game time 0. */
    public Market(Instrument instrument, long initialIndexTicks) {
        if (initialIndexTicks <= 0) {
            throw new IllegalArgumentException("initial index price must be positive");
        }
        trading = new Trading();
        s = new MarketState(instrument, initialIndexTicks, trading);
        trading.s = s;
        adl = new AutoDeleverager(s);
        adl.setTrading(trading);
        margin = new MarginService(s, new BinanceRulebook(s, trading, adl));
        funding = new Funding(s);
        clock = new MarketClock(s, funding, margin, trading, adl);
        accountCommands = new AccountCommands(this);
        queries = new MarketQueries(this);
    }

    /** Applies one command; returns its events in order. */
    public List<Event> apply(Command command) {
        List<Event> out = new ArrayList<>();
        s.out = out;
        s.genealogy.context = null;
        adl.newEpoch(); // the ADL ranking never outlives a command, so a snapshot between commands is complete
        if (command instanceof IndexTick c) {
            clock.tick(c);
        } else if (command instanceof PlaceOrder c) {
            context(CauseKind.TRADE, c.accountId());
            trading.place(c);
        } else if (command instanceof CancelOrder c) {
            trading.cancel(c);
        } else if (command instanceof AmendOrder c) {
            context(CauseKind.TRADE, c.accountId());
            trading.amend(c);
        } else if (command instanceof ClosePosition c) {
            context(CauseKind.TRADE, c.accountId());
            accountCommands.close(c);
        } else if (command instanceof Deposit c) {
            accountCommands.deposit(c);
        } else if (command instanceof Withdraw c) {
            accountCommands.withdraw(c);
        } else if (command instanceof ResetAccount c) {
            accountCommands.reset(c);
        } else if (command instanceof SetLeverage c) {
            accountCommands.setLeverage(c);
        } else if (command instanceof SetMarginMode c) {
            accountCommands.setMarginMode(c);
        } else if (command instanceof AdjustIsolatedMargin c) {
            context(CauseKind.ACCOUNT, c.accountId());
            accountCommands.adjustIsolatedMargin(c);
        } else if (command instanceof ChangeRiskRules c) {
            context(CauseKind.RISK_RULES, 0);
            accountCommands.changeRiskRules(c);
        } else if (command instanceof AdjustInsuranceFund c) {
            accountCommands.adjustFund(c);
        } else if (command instanceof HaltTrading c) {
            accountCommands.halt(c);
        } else {
            throw new IllegalArgumentException("unknown command " + command);
        }
        settle();
        s.genealogy.context = null;
        return out;
    }

    private void context(CauseKind kind, long accountId) {
        s.genealogy.context = kind;
        s.genealogy.contextAccount = accountId;
        s.genealogy.contextDetail = kind == CauseKind.TRADE ? "trades by account " + accountId
                : kind == CauseKind.ACCOUNT ? "action of account " + accountId : "risk rules changed";
    }

    /** After every command: reduce-only hygiene, margin service on touched accounts, no negative balances. */
    private void settle() {
        accountCommands.trimReduceOnly(s.touchedSoFar());
        margin.run();
        s.coverNegativeBalances(new ArrayList<>(s.touchedSoFar()));
        s.reindexStale();
        s.flushTouched();
    }

    // ------------------------------------------------------------------ queries

    public Instrument instrument() {
        return s.inst;
    }

    public long nowNanos() {
        return s.nowNanos;
    }

    public long markPriceTicks() {
        return s.markTicks;
    }

    public long indexPriceTicks() {
        return s.indexTicks;
    }

    /** Last trade price, or the index before the first trade. */
    public long lastPriceTicks() {
        return s.lastTicks > 0 ? s.lastTicks : s.indexTicks;
    }

    public long lastFundingRateE8() {
        return s.lastFundingRateE8;
    }

    public long nextFundingNanos() {
        return s.nextFundingNanos;
    }

    /** Funding rate the current premium average would produce at the next settlement. */
    public long predictedFundingRateE8() {
        return cascade.engine.funding.FundingMath.fundingRateE8(funding.averagePremiumE8(), s.inst);
    }

    public boolean halted() {
        return s.halted();
    }

    public long insuranceFundMicros() {
        return s.fund.balanceMicros;
    }

    public long insuranceFundPositionLots() {
        return s.fund.positionLots;
    }

    public long socializedLossMicros() {
        return s.socializedLossMicros();
    }

    public long liquidationCount() {
        return s.liquidationCount;
    }

    public int maxGeneration() {
        return s.genealogy.maxGeneration;
    }

    public MarketQueries query() {
        return queries;
    }

    public AccountView account(long accountId) {
        return queries.account(accountId);
    }

    public BookView bookView(int depth) {
        return queries.bookView(depth);
    }

    /** Exact liquidation tick of the account's position (0 = none). */
    public long liquidationPriceTicks(long accountId) {
        Account a = s.accounts.get(accountId);
        return a == null ? 0 : a.liquidationTicks;
    }

    public Ledger ledger() {
        return queries.ledger();
    }

    public byte[] snapshot() {
        return MarketCodec.write(this);
    }

    /** A market equal to the one that produced {@code snapshot} (same hash, same future). */
    public static Market restore(byte[] snapshot) {
        return MarketCodec.read(snapshot);
    }

    /** SHA-256 of the snapshot, hex: equal hashes ⇔ equal state. */
    public String stateHash() {
        return MarketCodec.hash(snapshot());
    }
}
