package cascade.engine.market;

import cascade.engine.Instrument;
import cascade.engine.book.TimeInForce;
import cascade.engine.command.MarginMode;
import cascade.engine.command.Side;
import cascade.engine.risk.Bracket;
import cascade.engine.risk.BracketSpec;
import cascade.engine.risk.BracketTable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Snapshot format v1: the complete state in a fixed order (accounts in creation order, resting orders in
 * price-time priority), then a CRC-32 of those bytes. Derived structures (liquidation index, ADL ranking) are rebuilt on restore.
 */
final class MarketCodec {
    private static final int MAGIC = 0x43534331; // "CSC1"

    private MarketCodec() {
    }

    static byte[] write(Market market) {
        MarketState s = market.s;
        StateOut out = new StateOut();
        out.i(MAGIC);
        writeInstrument(out, s.baseInstrument);
        out.i(s.maxLeverageCap).l(s.mmrMultiplierE8).b(s.inst.adlEnabled()).b(s.inst.socializedLossEnabled());
        out.l(s.feeAccountMicros).l(s.depositsMicros).l(s.nowNanos).l(s.indexTicks).l(s.markTicks).l(s.lastTicks)
                .l(s.lastFundingRateE8).l(s.nextFundingNanos).l(s.haltedUntilNanos).l(s.nextOrderId).l(s.nextTradeId)
                .l(s.nextLiquidationId).l(s.bookSeq).l(s.liquidationCount);
        for (SystemBook sys : new SystemBook[] {s.fund, s.house}) {
            out.l(sys.balanceMicros).l(sys.positionLots).l(sys.entryNotionalMicros);
        }
        s.markPrice.write(out);
        market.funding.write(out);
        s.genealogy.write(out);
        out.i(s.accountList.size());
        for (Account a : s.accountList) {
            out.l(a.id).l(a.walletMicros).l(a.isolatedMarginMicros).i(a.mode.ordinal()).i(a.leverage)
                    .l(a.positionLots).l(a.entryNotionalMicros).l(a.orderMarginMicros).l(a.openBuyLots)
                    .l(a.openSellLots).b(a.marginCalled).i(a.liquidations).l(a.realizedPnlMicros)
                    .l(a.feesPaidMicros).l(a.fundingMicros);
        }
        for (boolean bids : new boolean[] {false, true}) {
            List<long[]> rows = new ArrayList<>();
            s.book.forEachOrder(bids, (id, owner, price, remaining) -> rows.add(new long[] {id, owner, price, remaining}));
            out.i(rows.size());
            for (long[] r : rows) {
                OrderInfo o = s.orders.get(r[0]);
                out.l(r[0]).l(r[1]).l(r[2]).l(r[3]).l(o.clientOrderId).i(o.side.ordinal()).b(o.reduceOnly)
                        .i(o.leverage).l(o.marginMicros);
            }
        }
        return withChecksum(out.toByteArray());
    }

    /**
     * Appends a CRC-32 of the body (4 bytes, big-endian). Without it a flipped bit in a balance or a price
     * would restore silently into a different market; with it every single-bit and burst-≤32-bit error is refused.
     */
    private static byte[] withChecksum(byte[] body) {
        CRC32 crc = new CRC32();
        crc.update(body);
        byte[] out = Arrays.copyOf(body, body.length + 4);
        int v = (int) crc.getValue();
        for (int k = 0; k < 4; k++) {
            out[body.length + k] = (byte) (v >>> (24 - 8 * k));
        }
        return out;
    }

    static Market read(byte[] bytes) {
        if (bytes == null || bytes.length < 8) {
            throw new IllegalArgumentException("snapshot is truncated or corrupt");
        }
        byte[] body = Arrays.copyOf(bytes, bytes.length - 4);
        if (!Arrays.equals(withChecksum(body), bytes)) {
            throw new IllegalArgumentException("snapshot checksum mismatch: truncated or corrupt");
        }
        try {
            return readBody(body);
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) { // a well-formed checksum over nonsense (hand-made bytes): still refused
            throw new IllegalArgumentException("snapshot is inconsistent: " + e, e);
        }
    }

    private static Market readBody(byte[] bytes) {
        StateIn in = new StateIn(bytes);
        if (in.i() != MAGIC) {
            throw new IllegalArgumentException("not a Cascade market snapshot (v1)");
        }
        Instrument base = readInstrument(in);
        int cap = in.i();
        long mult = in.l();
        boolean adl = in.b();
        boolean sl = in.b();
        long feeAccount = in.l();
        long deposits = in.l();
        long now = in.l();
        long index = in.l();
        Market market = new Market(base, index);
        MarketState s = market.s;
        s.maxLeverageCap = cap;
        s.mmrMultiplierE8 = mult;
        BracketTable table = base.brackets().withMmrMultiplier(mult);
        if (cap > 0) {
            table = table.withMaxLeverageCap(cap);
        }
        s.inst = base.withBrackets(table).withLossPolicy(adl, sl);
        s.feeAccountMicros = feeAccount;
        s.depositsMicros = deposits;
        s.nowNanos = now;
        s.markTicks = in.l();
        s.lastTicks = in.l();
        s.lastFundingRateE8 = in.l();
        s.nextFundingNanos = in.l();
        s.haltedUntilNanos = in.l();
        s.nextOrderId = in.l();
        s.nextTradeId = in.l();
        s.nextLiquidationId = in.l();
        long bookSeq = in.l();
        s.liquidationCount = in.l();
        for (SystemBook sys : new SystemBook[] {s.fund, s.house}) {
            sys.balanceMicros = in.l();
            sys.positionLots = in.l();
            sys.entryNotionalMicros = in.l();
        }
        s.markPrice.read(in);
        market.funding.read(in);
        s.genealogy.read(in);
        int accounts = in.i();
        for (int i = 0; i < accounts; i++) {
            Account a = new Account(in.l());
            a.walletMicros = in.l();
            a.isolatedMarginMicros = in.l();
            a.mode = MarginMode.values()[in.i()];
            a.leverage = in.i();
            a.positionLots = in.l();
            a.entryNotionalMicros = in.l();
            a.orderMarginMicros = in.l();
            a.openBuyLots = in.l();
            a.openSellLots = in.l();
            a.marginCalled = in.b();
            a.liquidations = in.i();
            a.realizedPnlMicros = in.l();
            a.feesPaidMicros = in.l();
            a.fundingMicros = in.l();
            s.accounts.put(a.id, a);
            s.accountList.add(a);
        }
        for (int side = 0; side < 2; side++) {
            int n = in.i();
            for (int i = 0; i < n; i++) {
                long id = in.l();
                long owner = in.l();
                long price = in.l();
                long remaining = in.l();
                OrderInfo o = new OrderInfo(id, owner, in.l(), Side.values()[in.i()], in.b(), in.i(), in.l());
                s.book.place(id, owner, o.side.isBuy(), price, remaining, TimeInForce.GTC);
                s.orders.put(id, o);
                Account holder = s.accounts.get(owner);
                holder.openOrders.add(id);
                if (o.reduceOnly) {
                    holder.reduceOnlyOrders++;
                }
            }
        }
        if (!in.atEnd()) {
            throw new IllegalArgumentException("snapshot has trailing bytes");
        }
        s.bookSeq = bookSeq;
        s.out = new ArrayList<>();
        for (Account a : s.accountList) {
            a.liquidationTicks = PositionMath.liquidationTicks(a, s.inst);
            s.index.update(a);
        }
        return market;
    }

    private static void writeInstrument(StateOut out, Instrument i) {
        out.s(i.symbol()).l(i.ticksPerUnit()).l(i.lotsPerUnit()).l(i.makerFeeE8()).l(i.takerFeeE8())
                .l(i.clearanceFeeE8()).l(i.fundingIntervalNanos()).l(i.fundingInterestE8())
                .l(i.fundingPremiumClampE8()).l(i.fundingCapFactorE8()).l(i.priceBandE8()).i(i.markBasisSamples())
                .l(i.insuranceSeedMicros()).b(i.adlEnabled()).b(i.socializedLossEnabled())
                .l(i.fundMaxNetNotionalE8()).l(i.offloadDepthShareE8()).l(i.offloadMaxSlippageE8())
                .l(i.episodeGapNanos());
        out.i(i.brackets().size());
        for (Bracket b : i.brackets().all()) {
            out.l(b.floorMicros()).l(b.capMicros()).i(b.maxLeverage()).l(b.mmrE8());
        }
    }

    private static Instrument readInstrument(StateIn in) {
        String symbol = in.s();
        long tpu = in.l();
        long lpu = in.l();
        long maker = in.l();
        long taker = in.l();
        long clearance = in.l();
        long interval = in.l();
        long interest = in.l();
        long clamp = in.l();
        long capFactor = in.l();
        long band = in.l();
        int samples = in.i();
        long seed = in.l();
        boolean adl = in.b();
        boolean sl = in.b();
        long maxNet = in.l();
        long depthShare = in.l();
        long slip = in.l();
        long gap = in.l();
        int n = in.i();
        List<BracketSpec> specs = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            specs.add(new BracketSpec(in.l(), in.l(), in.i(), in.l()));
        }
        return new Instrument(symbol, tpu, lpu, BracketTable.of(specs), maker, taker, clearance, interval, interest,
                clamp, capFactor, band, samples, seed, adl, sl, maxNet, depthShare, slip, gap);
    }

    static String hash(byte[] snapshot) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(snapshot));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JDK", e);
        }
    }
}
