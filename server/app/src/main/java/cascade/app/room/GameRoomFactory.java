package cascade.app.room;

import cascade.game.bot.BotFactory;
import cascade.game.room.Room;
import java.util.NoSuchElementException;

/** Real rooms: the scenario's YAML from the catalog, the room's seed, the bot library. */
public final class GameRoomFactory implements RoomEngineFactory {
    private final LibraryScenarioCatalog catalog;
    private final BotFactory bots;

    public GameRoomFactory(LibraryScenarioCatalog catalog, BotFactory bots) {
        this.catalog = catalog;
        this.bots = bots;
    }

    @Override
    public RoomEngine create(String scenarioId, long seed) {
        String yaml = catalog.yaml(scenarioId).orElseThrow(() -> new NoSuchElementException("no scenario " + scenarioId));
        return new GameRoomEngine(Room.create(scenarioId + ".yaml", yaml, seed, bots), bots);
    }
}
