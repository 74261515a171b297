package cascade.app.room;

/** Builds a fresh room for a scenario. Called on the room's own context (may parse a scenario: fast, no I/O). */
public interface RoomEngineFactory {
    /**
     * @param seed the room's seed (rooms created from the same scenario and seed replay identically)
     * @throws java.util.NoSuchElementException when the scenario does not exist
     */
    RoomEngine create(String scenarioId, long seed);
}
