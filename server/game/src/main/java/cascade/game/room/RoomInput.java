package cascade.game.room;

import cascade.engine.command.Command;

/**
 * The three kinds of input a room accepts (ARCHITECTURE.md "The room"); a journal of them reproduces the
 * room exactly. Bots need no entries: they act inside clock ticks.
 */
public sealed interface RoomInput {

    /** A player's trading command; its account id must be the player's. */
    record PlayerCommand(int playerId, Command command) implements RoomInput {
    }

    /** A player joins (or the instructor re-adds one on restart). The room assigns the id. */
    record PlayerJoin(String nickname) implements RoomInput {
    }

    record InstructorCommand(InstructorAction action) implements RoomInput {
    }

    /** Game time advances to {@code gameTimeNanos} (stamped by the host's clock at the room's speed). */
    record ClockTick(long gameTimeNanos) implements RoomInput {
    }
}
