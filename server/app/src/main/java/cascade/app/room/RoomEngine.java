package cascade.app.room;

import cascade.engine.Instrument;
import cascade.engine.command.Command;
import cascade.engine.event.Event;
import cascade.engine.market.Market;
import io.vertx.core.json.JsonObject;
import java.util.List;

/**
 * The port between hosting and the deterministic room (server/game). Hosting owns wall-clock time, sockets,
 * tokens and the roster; the room owns everything that replays. Every method is called from the room's one
 * event-loop context, never concurrently. Implementations must not block.
 */
public interface RoomEngine {
    /** The room's instrument (units of every price, quantity and amount on the wire). */
    Instrument instrument();

    /** What each player starts with (micro-USDT), for join screens and returns. */
    long startingCollateralMicros();

    /** Game nanoseconds per clock tick (scenario parameter, RULES.md default 100 ms). */
    long tickNanos();

    /** Game nanoseconds since the room started. */
    long gameTimeNanos();

    /** Historical clock for replay scenarios ({@code null} otherwise), ISO-8601. */
    String histTime();

    /** Read-only view for queries; callers never call {@code apply} on it. */
    Market market();

    /** Opens an account for a human player with the scenario's starting collateral; returns its account id. */
    long addPlayer();

    /** A player's engine command (the account id inside it is the caller's, checked by hosting). */
    Step player(Command command);

    /** One clock tick: game time advances by {@link #tickNanos()}; bots and scheduled shocks act. */
    Step tick();

    /**
     * An instructor shock by its wire name ({@code index_move}, …) with its parameters as in docs/api.md.
     *
     * @throws IllegalArgumentException with a user-facing message when the type or a parameter is invalid
     */
    Step shock(String type, JsonObject params);

    /** Instructor top-up (&gt; 0) or withdrawal (&lt; 0) of a player's wallet. */
    Step topUp(long accountId, long amountMicros);

    /** Instructor reset of a player's account to the starting collateral. */
    Step reset(long accountId);

    /** Replays the shock on a copy of the room for {@code seconds} of game time; the room itself is unchanged. */
    WhatIf whatIf(String type, JsonObject params, long seconds);

    /** Hash of the full deterministic state (equal hashes ⇔ equal state). */
    String stateHash();

    /**
     * What one input caused: the engine's events in order and room-level news lines (scheduled news shocks,
     * announcements of shocks).
     */
    record Step(List<Event> events, List<String> news) {
        public static Step of(List<Event> events) {
            return new Step(events, List.of());
        }
    }

    /** Result of a counterfactual run; money in micro-USDT, price in ticks. */
    record WhatIf(long liquidatedNotionalLongMicros, long liquidatedNotionalShortMicros, long priceLowTicks,
                  long insuranceFundLeftMicros, int adlCount, int maxGeneration) {
    }
}
