package cascade.game.room;

import cascade.game.scenario.Shock;

/** What the instructor can do to a room. {@code playerId} 0 means "every player". Money in micro-USDT. */
public sealed interface InstructorAction {
    record Start() implements InstructorAction {
    }

    record Pause() implements InstructorAction {
    }

    record Resume() implements InstructorAction {
    }

    /** Game-seconds per wall-second × 100 (0.25× = 25 … 60× = 6000). The host's clock uses it. */
    record SetSpeed(int speedPercent) implements InstructorAction {
    }

    record InjectShock(Shock shock) implements InstructorAction {
    }

    record TopUp(int playerId, long amountMicros) implements InstructorAction {
    }

    /** Back to the starting collateral, flat. */
    record ResetPlayer(int playerId) implements InstructorAction {
    }

    record Lock(boolean locked) implements InstructorAction {
    }

    record Kick(int playerId) implements InstructorAction {
    }

    record PlayerCap(int maxPlayers) implements InstructorAction {
    }

    record News(String text) implements InstructorAction {
    }

    record End() implements InstructorAction {
    }
}
