package cascade.game.room;

import cascade.engine.book.TimeInForce;
import cascade.engine.command.AdjustIsolatedMargin;
import cascade.engine.command.AmendOrder;
import cascade.engine.command.CancelOrder;
import cascade.engine.command.ClosePosition;
import cascade.engine.command.Command;
import cascade.engine.command.MarginMode;
import cascade.engine.command.OrderType;
import cascade.engine.command.PlaceOrder;
import cascade.engine.command.SetLeverage;
import cascade.engine.command.SetMarginMode;
import cascade.engine.command.Side;
import cascade.game.scenario.OrderSide;
import cascade.game.scenario.Shock;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;

/**
 * Binary encoding of room inputs for the journal (docs/journal.md). One tag byte per kind, then the fields
 * in record order; strings as modified UTF-8. Player commands are the seven a player may send.
 */
final class InputCodec {
    private InputCodec() {
    }

    static void write(RoomInput input, DataOutput out) throws IOException {
        if (input instanceof RoomInput.ClockTick t) {
            out.writeByte(1);
            out.writeLong(t.gameTimeNanos());
        } else if (input instanceof RoomInput.PlayerJoin j) {
            out.writeByte(2);
            out.writeUTF(j.nickname());
        } else if (input instanceof RoomInput.PlayerCommand c) {
            out.writeByte(3);
            out.writeInt(c.playerId());
            writeCommand(c.command(), out);
        } else if (input instanceof RoomInput.InstructorCommand c) {
            out.writeByte(4);
            writeAction(c.action(), out);
        } else {
            throw new IllegalArgumentException("unknown input " + input);
        }
    }

    static RoomInput read(DataInput in) throws IOException {
        int tag = in.readByte();
        return switch (tag) {
            case 1 -> new RoomInput.ClockTick(in.readLong());
            case 2 -> new RoomInput.PlayerJoin(in.readUTF());
            case 3 -> new RoomInput.PlayerCommand(in.readInt(), readCommand(in));
            case 4 -> new RoomInput.InstructorCommand(readAction(in));
            default -> throw new IllegalArgumentException("journal: unknown input tag " + tag);
        };
    }

    private static void writeCommand(Command c, DataOutput out) throws IOException {
        if (c instanceof PlaceOrder p) {
            out.writeByte(1);
            out.writeLong(p.accountId());
            out.writeLong(p.clientOrderId());
            out.writeByte(p.side().ordinal());
            out.writeByte(p.type().ordinal());
            out.writeByte(p.tif().ordinal());
            out.writeLong(p.priceTicks());
            out.writeLong(p.qtyLots());
            out.writeBoolean(p.reduceOnly());
        } else if (c instanceof CancelOrder x) {
            out.writeByte(2);
            out.writeLong(x.accountId());
            out.writeLong(x.orderId());
        } else if (c instanceof AmendOrder x) {
            out.writeByte(3);
            out.writeLong(x.accountId());
            out.writeLong(x.orderId());
            out.writeLong(x.newPriceTicks());
            out.writeLong(x.newQtyLots());
        } else if (c instanceof SetLeverage x) {
            out.writeByte(4);
            out.writeLong(x.accountId());
            out.writeInt(x.leverage());
        } else if (c instanceof SetMarginMode x) {
            out.writeByte(5);
            out.writeLong(x.accountId());
            out.writeByte(x.mode().ordinal());
        } else if (c instanceof AdjustIsolatedMargin x) {
            out.writeByte(6);
            out.writeLong(x.accountId());
            out.writeLong(x.deltaMicros());
        } else if (c instanceof ClosePosition x) {
            out.writeByte(7);
            out.writeLong(x.accountId());
        } else {
            throw new IllegalArgumentException("journal: players cannot send " + c.getClass().getSimpleName());
        }
    }

    private static Command readCommand(DataInput in) throws IOException {
        int tag = in.readByte();
        return switch (tag) {
            case 1 -> new PlaceOrder(in.readLong(), in.readLong(), Side.values()[in.readByte()],
                    OrderType.values()[in.readByte()], TimeInForce.values()[in.readByte()], in.readLong(),
                    in.readLong(), in.readBoolean());
            case 2 -> new CancelOrder(in.readLong(), in.readLong());
            case 3 -> new AmendOrder(in.readLong(), in.readLong(), in.readLong(), in.readLong());
            case 4 -> new SetLeverage(in.readLong(), in.readInt());
            case 5 -> new SetMarginMode(in.readLong(), MarginMode.values()[in.readByte()]);
            case 6 -> new AdjustIsolatedMargin(in.readLong(), in.readLong());
            case 7 -> new ClosePosition(in.readLong());
            default -> throw new IllegalArgumentException("journal: unknown command tag " + tag);
        };
    }

    private static void writeAction(InstructorAction a, DataOutput out) throws IOException {
        if (a instanceof InstructorAction.Start) {
            out.writeByte(1);
        } else if (a instanceof InstructorAction.Pause) {
            out.writeByte(2);
        } else if (a instanceof InstructorAction.Resume) {
            out.writeByte(3);
        } else if (a instanceof InstructorAction.SetSpeed s) {
            out.writeByte(4);
            out.writeInt(s.speedPercent());
        } else if (a instanceof InstructorAction.InjectShock s) {
            out.writeByte(5);
            writeShock(s.shock(), out);
        } else if (a instanceof InstructorAction.TopUp t) {
            out.writeByte(6);
            out.writeInt(t.playerId());
            out.writeLong(t.amountMicros());
        } else if (a instanceof InstructorAction.ResetPlayer r) {
            out.writeByte(7);
            out.writeInt(r.playerId());
        } else if (a instanceof InstructorAction.Lock l) {
            out.writeByte(8);
            out.writeBoolean(l.locked());
        } else if (a instanceof InstructorAction.Kick k) {
            out.writeByte(9);
            out.writeInt(k.playerId());
        } else if (a instanceof InstructorAction.PlayerCap c) {
            out.writeByte(10);
            out.writeInt(c.maxPlayers());
        } else if (a instanceof InstructorAction.News n) {
            out.writeByte(11);
            out.writeUTF(n.text());
        } else if (a instanceof InstructorAction.End) {
            out.writeByte(12);
        } else {
            throw new IllegalArgumentException("unknown action " + a);
        }
    }

    private static InstructorAction readAction(DataInput in) throws IOException {
        int tag = in.readByte();
        return switch (tag) {
            case 1 -> new InstructorAction.Start();
            case 2 -> new InstructorAction.Pause();
            case 3 -> new InstructorAction.Resume();
            case 4 -> new InstructorAction.SetSpeed(in.readInt());
            case 5 -> new InstructorAction.InjectShock(readShock(in));
            case 6 -> new InstructorAction.TopUp(in.readInt(), in.readLong());
            case 7 -> new InstructorAction.ResetPlayer(in.readInt());
            case 8 -> new InstructorAction.Lock(in.readBoolean());
            case 9 -> new InstructorAction.Kick(in.readInt());
            case 10 -> new InstructorAction.PlayerCap(in.readInt());
            case 11 -> new InstructorAction.News(in.readUTF());
            case 12 -> new InstructorAction.End();
            default -> throw new IllegalArgumentException("journal: unknown action tag " + tag);
        };
    }

    static void writeShock(Shock s, DataOutput out) throws IOException {
        out.writeByte(s.type().ordinal());
        if (s instanceof Shock.IndexMove x) {
            out.writeLong(x.pctE8());
            out.writeLong(x.overNanos());
        } else if (s instanceof Shock.IndexStep x) {
            out.writeLong(x.pctE8());
        } else if (s instanceof Shock.FeedFreeze x) {
            out.writeUTF(x.venue());
            out.writeLong(x.durationNanos());
        } else if (s instanceof Shock.OutlierVenue x) {
            out.writeUTF(x.venue());
            out.writeLong(x.offsetE8());
            out.writeLong(x.durationNanos());
        } else if (s instanceof Shock.IndexDecoupling x) {
            out.writeLong(x.durationNanos());
        } else if (s instanceof Shock.WhaleOrder x) {
            out.writeByte(x.side().ordinal());
            out.writeLong(x.qtyLots());
        } else if (s instanceof Shock.MmPull x) {
            out.writeLong(x.durationNanos());
        } else if (s instanceof Shock.MaxLeverage x) {
            out.writeInt(x.maxLeverage());
        } else if (s instanceof Shock.MmrMultiplier x) {
            out.writeLong(x.multiplierE8());
        } else if (s instanceof Shock.InsuranceFund x) {
            out.writeLong(x.deltaMicros());
        } else if (s instanceof Shock.Adl x) {
            out.writeBoolean(x.enabled());
        } else if (s instanceof Shock.Halt x) {
            out.writeLong(x.durationNanos());
        } else if (s instanceof Shock.News x) {
            out.writeUTF(x.text());
        }
    }

    static Shock readShock(DataInput in) throws IOException {
        int tag = in.readByte();
        cascade.game.scenario.ShockType[] types = cascade.game.scenario.ShockType.values();
        if (tag < 0 || tag >= types.length) {
            throw new IllegalArgumentException("journal: unknown shock tag " + tag);
        }
        return switch (types[tag]) {
            case INDEX_MOVE -> new Shock.IndexMove(in.readLong(), in.readLong());
            case INDEX_STEP -> new Shock.IndexStep(in.readLong());
            case FEED_FREEZE -> new Shock.FeedFreeze(in.readUTF(), in.readLong());
            case OUTLIER_VENUE -> new Shock.OutlierVenue(in.readUTF(), in.readLong(), in.readLong());
            case INDEX_DECOUPLING -> new Shock.IndexDecoupling(in.readLong());
            case WHALE_ORDER -> new Shock.WhaleOrder(OrderSide.values()[in.readByte()], in.readLong());
            case MM_PULL -> new Shock.MmPull(in.readLong());
            case MAX_LEVERAGE -> new Shock.MaxLeverage(in.readInt());
            case MMR_MULTIPLIER -> new Shock.MmrMultiplier(in.readLong());
            case INSURANCE_FUND -> new Shock.InsuranceFund(in.readLong());
            case ADL -> new Shock.Adl(in.readBoolean());
            case HALT -> new Shock.Halt(in.readLong());
            case NEWS -> new Shock.News(in.readUTF());
        };
    }
}
