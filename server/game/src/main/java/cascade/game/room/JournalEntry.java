package cascade.game.room;

/** One journaled input: the room's sequence number (1, 2, …) and the game time when it was applied. */
public record JournalEntry(long seq, long gameTimeNanos, RoomInput input) {
}
