package cascade.app.room;

import cascade.engine.Instrument;
import cascade.engine.command.Command;
import cascade.engine.event.Event;
import cascade.engine.market.Market;
import cascade.game.room.RoomStatus;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The port between hosting and the deterministic room ({@link GameRoomEngine} adapts server/game's Room).
 * Hosting owns wall-clock time, sockets, tokens and the wire format; the room owns everything that replays
 * (status, speed, roster rules, shocks). Every method is called from the room's one event-loop context, never
 * concurrently, and returns without blocking.
 */
public interface RoomEngine {
    Instrument instrument();

    long startingCollateralMicros();

    /** Game nanoseconds per clock tick (scenario parameter, RULES.md default 100 ms). */
    long tickNanos();

    long gameTimeNanos();

    /** Historical clock for replay scenarios ({@code null} otherwise), ISO-8601. */
    String histTime();

    /** Read-only view for queries; callers never call {@code apply} on it. */
    Market market();

    RoomStatus status();

    /** Game-seconds per wall-second. */
    double speed();

    boolean locked();

    int playerCap();

    /** A player joins; {@link Step#joinedAccount()} is the new account, or the step is a rejection. */
    Step join(String nickname);

    /** A player's engine command; the account inside it is the caller's (checked by hosting and by the room). */
    Step player(long accountId, Command command);

    /** One clock tick: game time advances by {@link #tickNanos()}; bots and scheduled shocks act. */
    Step tick();

    /**
     * An instructor action the room owns, as validated by {@code cascade.app.http.ControlValidation}:
     * start, pause, resume, speed, shock, topUp, reset, lock, kick, playerCap, news, end. Player ids are the
     * room's account ids here (hosting maps its "p3" ids).
     *
     * @throws IllegalArgumentException with a user-facing message when a shock parameter is invalid
     */
    Step instructor(JsonObject action);

    /**
     * A what-if projection of {@code shock} over {@code seconds}: the snapshot is taken now, on the room's
     * context; the returned task runs the fork and is meant for a worker thread.
     *
     * @throws IllegalArgumentException when the shock or horizon is invalid
     */
    Callable<JsonObject> whatIf(JsonObject shock, long seconds);

    /** Standings rows (docs/api.md) keyed by account id; hosting adds its player ids. */
    List<Standing> standings();

    String stateHash();

    /** One standings row. Money in micro-USDT, returns and drawdown in parts per 10^8, leverage × 100. */
    record Standing(long accountId, String nickname, long equityMicros, long returnE8, long maxDrawdownE8,
                    boolean liquidated, long maxLeverageE2) {
    }

    /**
     * What one input caused: engine events in order, news lines, the joined account (0 if none) and, when the
     * room refused the input, its stable code and message (then nothing changed).
     */
    record Step(List<Event> events, List<String> news, long joinedAccount, String rejectCode, String rejectMessage) {
        public boolean rejected() {
            return rejectCode != null;
        }
    }
}
