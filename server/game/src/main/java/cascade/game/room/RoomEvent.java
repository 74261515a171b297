package cascade.game.room;

import cascade.engine.event.Event;
import cascade.game.feed.venue.PublishedIndex;
import cascade.game.scenario.Shock;

/** Outputs of {@link Room#apply}: engine events plus what the room itself decided. */
public sealed interface RoomEvent {

    /** An engine event, as the market emitted it. */
    record Market(Event event) implements RoomEvent {
    }

    record StatusChanged(RoomStatus status, int speedPercent, long gameTimeNanos) implements RoomEvent {
    }

    record PlayerJoined(int playerId, String nickname, long accountId) implements RoomEvent {
    }

    record PlayerKicked(int playerId) implements RoomEvent {
    }

    record RosterChanged(boolean locked, int playerCap) implements RoomEvent {
    }

    record NewsPublished(String text, long gameTimeNanos) implements RoomEvent {
    }

    /** {@code scheduled} = from the scenario; otherwise injected by the instructor. */
    record ShockApplied(Shock shock, boolean scheduled, long gameTimeNanos) implements RoomEvent {
    }

    /** The published index of this tick and every venue's quote (public: the UI shows venues). */
    record IndexPublished(PublishedIndex index) implements RoomEvent {
    }

    /** An input the room refused; state unchanged. Codes are stable (docs/api.md). */
    record InputRejected(RoomInput input, String code, String message) implements RoomEvent {
    }
}
