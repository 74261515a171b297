package cascade.game.room;

import cascade.engine.analytics.EwmaVolatility;
import cascade.engine.market.Market;
import cascade.game.bot.Bot;
import cascade.game.bot.BotFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Room snapshot v1: the scenario (name, YAML text, seed) — so a snapshot alone rebuilds the room — then the
 * engine snapshot, the feeds, the room RNG, every bot, the players and the room's own state. Restoring
 * rebuilds the room from the scenario and overwrites every stateful part.
 */
final class RoomCodec {
    private static final int MAGIC = 0x43524d31; // "CRM1"

    private RoomCodec() {
    }

    static byte[] write(Room r) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(MAGIC);
            writeLongString(out, r.scenarioName);
            writeLongString(out, r.scenarioYaml);
            out.writeLong(r.seed);
            byte[] market = r.market.snapshot();
            out.writeInt(market.length);
            out.write(market);
            r.feeds.writeState(out);
            r.rng.writeState(out);
            out.writeInt(r.bots.size());
            for (Bot b : r.bots) {
                b.writeState(out);
            }
            out.writeInt(r.players.size());
            for (Player p : r.players) {
                out.writeUTF(p.nickname);
                out.writeBoolean(p.kicked);
                out.writeLong(p.contributedMicros);
                out.writeLong(p.peakEquityMicros);
                out.writeLong(p.maxDrawdownE8);
                out.writeLong(p.maxLeverageUsedE2);
            }
            out.writeInt(r.status.ordinal());
            out.writeInt(r.speedPercent);
            out.writeBoolean(r.locked);
            out.writeInt(r.playerCap);
            out.writeLong(r.nowNanos);
            out.writeLong(r.inputsApplied);
            out.writeInt(r.shockCursor);
            out.writeLong(r.mmPulledUntilNanos);
            out.writeLong(r.netTakerFlowMicros);
            EwmaVolatility v = r.volatility;
            out.writeDouble(v.decay());
            out.writeLong(v.lastMarkTicks());
            out.writeLong(v.returns());
            out.writeDouble(v.weightedSumSq());
            out.writeDouble(v.weightSum());
            out.writeLong(r.lastSecond);
            r.history.write(out);
            out.writeUTF(r.indexCause);
            out.writeLong(r.indexCauseUntilNanos);
            out.writeInt(r.whaleOrders.size());
            for (long[] w : r.whaleOrders) {
                out.writeLong(w[0]);
                out.writeLong(w[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Room read(byte[] snapshot, BotFactory factory) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(snapshot))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException("not a Cascade room snapshot (v1)");
            }
            String name = readLongString(in);
            String yaml = readLongString(in);
            long seed = in.readLong();
            Room r = Room.createForRestore(name, yaml, seed, factory);
            byte[] market = new byte[in.readInt()];
            in.readFully(market);
            r.market = Market.restore(market);
            r.feeds.readState(in);
            r.rng.readState(in);
            int bots = in.readInt();
            if (bots != r.bots.size()) {
                throw new IllegalArgumentException("snapshot has " + bots + " bots, the scenario builds " + r.bots.size());
            }
            for (Bot b : r.bots) {
                b.readState(in);
            }
            int players = in.readInt();
            for (int i = 0; i < players; i++) {
                Player p = new Player(i + 1, in.readUTF(), i + 1);
                p.kicked = in.readBoolean();
                p.contributedMicros = in.readLong();
                p.peakEquityMicros = in.readLong();
                p.maxDrawdownE8 = in.readLong();
                p.maxLeverageUsedE2 = in.readLong();
                r.players.add(p);
            }
            r.status = RoomStatus.values()[in.readInt()];
            r.speedPercent = in.readInt();
            r.locked = in.readBoolean();
            r.playerCap = in.readInt();
            r.nowNanos = in.readLong();
            r.inputsApplied = in.readLong();
            r.shockCursor = in.readInt();
            r.mmPulledUntilNanos = in.readLong();
            r.netTakerFlowMicros = in.readLong();
            r.volatility = new EwmaVolatility(in.readDouble(), in.readLong(), in.readLong(), in.readDouble(),
                    in.readDouble());
            r.lastSecond = in.readLong();
            r.history.read(in);
            r.indexCause = in.readUTF();
            r.indexCauseUntilNanos = in.readLong();
            int whales = in.readInt();
            for (int i = 0; i < whales; i++) {
                r.whaleOrders.add(new long[] {in.readLong(), in.readLong()});
            }
            if (in.available() != 0) {
                throw new IllegalArgumentException("room snapshot has trailing bytes");
            }
            return r;
        } catch (IOException e) {
            throw new IllegalArgumentException("room snapshot is truncated or corrupt", e);
        }
    }

    /** UTF-8 with an int length (writeUTF is limited to 64 KiB; scenarios may be larger). */
    static void writeLongString(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    static String readLongString(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 16 << 20) {
            throw new IllegalArgumentException("room snapshot: bad string length " + n);
        }
        byte[] b = new byte[n];
        in.readFully(b);
        return new String(b, java.nio.charset.StandardCharsets.UTF_8);
    }

    static String hash(byte[] snapshot) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(snapshot));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
