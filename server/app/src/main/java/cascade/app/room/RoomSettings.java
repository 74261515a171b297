package cascade.app.room;

/** What a room is created with; the instructor token is stored only as its hash. */
public record RoomSettings(String code, String scenarioId, String title, long seed, String instructorTokenHash,
                           long idleMillis) {
}
