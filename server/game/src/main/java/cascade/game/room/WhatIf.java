package cascade.game.room;

import cascade.engine.event.PositionAutoDeleveraged;
import cascade.engine.event.PositionLiquidated;
import cascade.engine.event.TradeExecuted;
import cascade.game.bot.BotFactory;
import cascade.game.scenario.Shock;

/**
 * The instructor's "what if … now": a copy of the live room (via its snapshot), the hypothetical shock,
 * then N game-seconds run headless with bots. The live room is never touched.
 */
public final class WhatIf {
    public static final long MAX_SECONDS = 3600;

    private WhatIf() {
    }

    public static Projection project(Room live, Shock shock, long seconds, BotFactory factory) {
        if (seconds < 1 || seconds > MAX_SECONDS) {
            throw new IllegalArgumentException("what-if horizon must be 1–" + MAX_SECONDS + " game-seconds");
        }
        return project(live.snapshot(), shock, seconds, factory);
    }

    /** The same from a snapshot (so a host can take it on the room's thread and project elsewhere). */
    public static Projection project(byte[] snapshot, Shock shock, long seconds, BotFactory factory) {
        Room fork = Room.restore(snapshot, factory);
        fork.status = RoomStatus.RUNNING; // a paused or lobby room is projected as if running
        Tally tally = new Tally(fork.market().markPriceTicks(), fork.market().lastPriceTicks(), fork.instrument);
        tally.add(fork.apply(new RoomInput.InstructorCommand(new InstructorAction.InjectShock(shock))));
        long tick = fork.tickNanos();
        long t = fork.nowNanos();
        long end = t + seconds * 1_000_000_000L;
        while (t < end && fork.status() == RoomStatus.RUNNING) {
            t += tick;
            tally.add(fork.apply(new RoomInput.ClockTick(t)));
            tally.mark(fork.market().markPriceTicks());
        }
        return new Projection(seconds, tally.longNotional, tally.shortNotional, tally.markLow, tally.lastLow,
                fork.market().insuranceFundMicros(), tally.adl, fork.market().maxGeneration(), tally.liquidations,
                fork.market().socializedLossMicros());
    }

    private static final class Tally {
        long longNotional;
        long shortNotional;
        long markLow;
        long lastLow;
        long adl;
        long liquidations;

        final cascade.engine.Instrument inst;

        Tally(long mark, long last, cascade.engine.Instrument inst) {
            markLow = mark;
            lastLow = last;
            this.inst = inst;
        }

        void mark(long m) {
            markLow = Math.min(markLow, m);
        }

        void add(java.util.List<RoomEvent> events) {
            for (RoomEvent e : events) {
                if (!(e instanceof RoomEvent.Market m)) {
                    continue;
                }
                if (m.event() instanceof PositionLiquidated l) {
                    liquidations++;
                    long notional = inst.notionalMicros(l.markTicks(), l.qtyLots());
                    if (l.positionSide().isBuy()) {
                        longNotional += notional;
                    } else {
                        shortNotional += notional;
                    }
                } else if (m.event() instanceof PositionAutoDeleveraged) {
                    adl++;
                } else if (m.event() instanceof TradeExecuted t) {
                    lastLow = Math.min(lastLow, t.priceTicks());
                }
            }
        }
    }
}
