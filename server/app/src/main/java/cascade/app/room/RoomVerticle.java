package cascade.app.room;

import cascade.app.metrics.Metrics;
import cascade.engine.command.Command;
import cascade.engine.event.Event;
import cascade.engine.event.MarkPriceChanged;
import cascade.engine.event.PositionLiquidated;
import cascade.engine.event.TradeExecuted;
import cascade.game.room.RoomStatus;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.eventbus.Message;
import io.vertx.core.eventbus.MessageConsumer;
import io.vertx.core.json.JsonObject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hosts one room on its own event-loop context: the single writer of the room's state. Everything reaches it
 * as a request on {@link Addresses#in}; everything leaves as a publish on the room's out addresses. The clock is
 * a Vert.x timer: every {@value #TIMER_MS} ms it applies the clock ticks that wall time × speed made due (at most
 * {@value #MAX_TICKS_PER_FIRE} per firing, so one firing never hogs the event loop) and flushes the conflated
 * streams, each on its own firings ({@link FlushSchedule}) so their fan-out never piles up. Everything a firing or
 * an input produced leaves as one {@link StreamBatch}. No method here blocks.
 */
public final class RoomVerticle extends VerticleBase {
    private static final Logger LOG = LoggerFactory.getLogger(RoomVerticle.class);
    static final long TIMER_MS = 25;
    static final int MAX_TICKS_PER_FIRE = 100;

    final RoomSettings settings;
    final RoomEngineFactory factory;
    final Metrics metrics;
    final RoomHost host;
    final Roster roster = new Roster();
    final RoomRecorder recorder = new RoomRecorder();
    /** Every stream message the room produces, public or private, until the end of the current input or timer. */
    final StreamBatch.Builder outbound = new StreamBatch.Builder();
    RoomEngine engine;
    Units units;
    PlayerCommands commands;
    PublicFeed publicFeed;
    PrivateFeed privateFeed;
    RoomControl control;
    private String lastStatus = "";
    private long timerId = -1;
    /** Timer firings since the room started: the schedule of the conflated streams. */
    private long firing;
    private long lastWallNanos;
    private double dueGameNanos;
    private boolean markMoved;
    long lastActivityNanos;
    private MessageConsumer<JsonObject> consumer;

    public RoomVerticle(RoomSettings settings, RoomEngineFactory factory, Metrics metrics, RoomHost host) {
        this.settings = settings;
        this.factory = factory;
        this.metrics = metrics;
        this.host = host;
    }

    @Override
    public Future<?> start() {
        // Building the room parses the scenario and, for replays, loads a candle file: off the event loop.
        return vertx.executeBlocking(() -> factory.create(settings.scenarioId(), settings.seed()), false)
                .compose(built -> {
                    adopt(built);
                    return listen();
                });
    }

    private Future<?> listen() {
        control = new RoomControl(this);
        lastActivityNanos = System.nanoTime();
        timerId = vertx.setPeriodic(TIMER_MS, id -> onTimer());
        consumer = vertx.eventBus().consumer(Addresses.in(settings.code()), this::onRequest);
        metrics.rooms.incrementAndGet();
        LOG.info("room {} created: scenario {}, seed {}", settings.code(), settings.scenarioId(), settings.seed());
        return consumer.completion();
    }

    @Override
    public Future<?> stop() {
        vertx.cancelTimer(timerId);
        metrics.rooms.decrementAndGet();
        vertx.eventBus().publish(Addresses.control(settings.code()), new JsonObject().put("event", "closed"));
        LOG.info("room {} closed after {} inputs", settings.code(), recorder.inputs);
        return consumer.unregister();
    }

    io.vertx.core.eventbus.EventBus bus() {
        return vertx.eventBus();
    }

    /** Makes a freshly built engine this room's (on the room's context): creation and {@code restart}. */
    void adopt(RoomEngine built) {
        engine = built;
        units = new Units(engine.instrument());
        commands = new PlayerCommands(units);
        publicFeed = new PublicFeed(outbound, units);
        privateFeed = new PrivateFeed(outbound, units, roster, commands::clientId);
    }

    private void onRequest(Message<JsonObject> msg) {
        lastActivityNanos = System.nanoTime();
        JsonObject reply;
        try {
            if ("whatIf".equals(msg.body().getString("op"))) {
                whatIf(msg);
                return;
            }
            if ("control".equals(msg.body().getString("op")) && msg.body().getJsonObject("action") != null
                    && "restart".equals(msg.body().getJsonObject("action").getString("action"))) {
                restart(msg);
                return;
            }
            reply = RoomRequests.handle(this, msg.body());
        } catch (RuntimeException e) {
            // An exception here is a bug in hosting or the room; the client gets a code, the log gets the trace.
            LOG.error("room {}: request failed: {}", settings.code(), msg.body().getString("op"), e);
            reply = Reply.error(Codes.SERVER_ERROR, "internal error");
        }
        // Streams first: a player sees the order update before the ack (same event loop, FIFO).
        sendOutbound();
        msg.reply(reply);
    }

    /**
     * The fork is snapshotted here, on the room's context, and projected on a worker: a long horizon with bots
     * takes far longer than an event loop may be held.
     */
    private void whatIf(Message<JsonObject> msg) {
        JsonObject req = msg.body();
        if (refusedUnlessInstructor(msg)) {
            return;
        }
        JsonObject a = req.getJsonObject("action");
        java.util.concurrent.Callable<JsonObject> task;
        try {
            task = engine.whatIf(a.getJsonObject("shock"), a.getLong("seconds"));
        } catch (IllegalArgumentException e) {
            msg.reply(Reply.error(Codes.PROTOCOL_BAD_FIELD, e.getMessage()));
            return;
        }
        vertx.executeBlocking(task, false).onComplete(ar -> msg.reply(ar.succeeded() ? Reply.ok(ar.result())
                : Reply.error(Codes.SERVER_ERROR, "what-if failed")));
    }

    /**
     * A fresh engine from the same scenario and seed, built on a worker like at creation (a replay parses its candle
     * file), then adopted here on the room's context with the roster re-joined. Inputs that arrive meanwhile go to
     * the old engine, as if they had come just before the restart.
     */
    private void restart(Message<JsonObject> msg) {
        if (refusedUnlessInstructor(msg)) {
            return;
        }
        vertx.executeBlocking(() -> factory.create(settings.scenarioId(), settings.seed()), false).onComplete(ar -> {
            JsonObject reply;
            if (ar.failed()) {
                LOG.error("room {}: restart failed", settings.code(), ar.cause());
                reply = Reply.error(Codes.SERVER_ERROR, "restart failed");
            } else {
                try {
                    reply = control.restartWith(ar.result());
                } catch (RuntimeException e) {
                    LOG.error("room {}: restart failed", settings.code(), e);
                    reply = Reply.error(Codes.SERVER_ERROR, "internal error");
                }
            }
            sendOutbound();
            msg.reply(reply);
        });
    }

    /** Whether a request carries this room's instructor token. */
    boolean fromInstructor(JsonObject req) {
        return cascade.app.auth.Tokens.matches(req.getString("token"), settings.instructorTokenHash());
    }

    /** Replies {@code AUTH_FORBIDDEN} and returns true unless the request comes from this room's instructor. */
    private boolean refusedUnlessInstructor(Message<JsonObject> msg) {
        if (fromInstructor(msg.body())) {
            return false;
        }
        msg.reply(Reply.error(Codes.AUTH_FORBIDDEN, "only this room's instructor token may do that"));
        return true;
    }

    /** Applies a player's engine command and publishes what it caused. */
    JsonObject playerCommand(long accountId, JsonObject cmd) {
        JsonObject again = commands.retried(accountId, cmd);
        if (again != null) {
            return again;
        }
        Command c;
        try {
            c = commands.toEngine(accountId, cmd);
        } catch (IllegalArgumentException e) {
            return Reply.error(Codes.PROTOCOL_BAD_FIELD, e.getMessage());
        }
        RoomEngine.Step step = engine.player(accountId, c);
        metrics.inputs.increment();
        recorder.inputs++;
        publish(step);
        if (step.rejected()) {
            return Reply.error(step.rejectCode(), Codes.statusOf(step.rejectCode()), step.rejectMessage());
        }
        return commands.reply(accountId, cmd, c, step.events());
    }

    void publish(RoomEngine.Step step) {
        long gt = engine.gameTimeNanos();
        for (Event e : step.events()) {
            publicFeed.on(e, gt);
            privateFeed.on(e, gt);
            if (e instanceof MarkPriceChanged) {
                markMoved = true;
            } else if (e instanceof TradeExecuted t) {
                recorder.trade(t, roster, units);
            } else if (e instanceof PositionLiquidated l) {
                recorder.liquidation(l, roster, units);
            }
        }
        for (String n : step.news()) {
            publicFeed.news(n, gt);
        }
    }

    private void onTimer() {
        long now = System.nanoTime();
        if (engine.status() == RoomStatus.RUNNING) {
            dueGameNanos += (now - lastWallNanos) * engine.speed();
            int n = 0;
            long tick = engine.tickNanos();
            while (dueGameNanos >= tick && n < MAX_TICKS_PER_FIRE) {
                publish(engine.tick());
                metrics.ticks.increment();
                dueGameNanos -= tick;
                n++;
            }
            long lag = (long) (dueGameNanos / tick);
            metrics.tickLagTicks.set(lag);
            if (lag > MAX_TICKS_PER_FIRE) {
                // Too far behind wall time: slow the game down rather than queue unbounded catch-up work.
                dueGameNanos = tick * (double) MAX_TICKS_PER_FIRE;
            }
        }
        lastWallNanos = now;
        long gt = engine.gameTimeNanos();
        // Each stream has its own firings (FlushSchedule): no firing writes several messages to every socket.
        long f = firing++;
        if (FlushSchedule.book(f)) {
            publicFeed.flushBook(gt);
        }
        if (FlushSchedule.ticker(f)) {
            publicFeed.flushTicker(engine.market(), engine.histTime(), gt);
        }
        if (FlushSchedule.trades(f)) {
            publicFeed.flushTrades(gt);
        }
        privateFeed.flush(engine.market(), gt, markMoved);
        markMoved = false;
        if (FlushSchedule.risk(f)) {
            outbound.add(StreamBatch.INSTRUCTOR, Msg.of("risk", "update", gt, RiskView.of(this)));
        }
        if (FlushSchedule.status(f)) {
            publicFeed.status(statusData(), gt);
            if (now - lastActivityNanos > settings.idleMillis() * 1_000_000L) {
                LOG.info("room {} idle for {} min: expiring", settings.code(), settings.idleMillis() / 60_000);
                host.close(settings.code());
            }
        }
        sendOutbound();
    }

    /**
     * Publishes what the room produced since the last call as one batch on {@link Addresses#out}: one event-bus
     * message per gateway event loop however many sockets listen (the gateway fans it out).
     */
    void sendOutbound() {
        if (!outbound.isEmpty()) {
            vertx.eventBus().publish(Addresses.out(settings.code()), outbound.build());
        }
    }

    /** After an instructor input: publish the status at once if it changed, and log lifecycle transitions. */
    void statusMaybeChanged() {
        String now = engine.status() + "/" + engine.speed() + "/" + engine.locked() + "/" + engine.playerCap() + "/"
                + roster.activeCount();
        if (now.equals(lastStatus)) {
            return;
        }
        if (!lastStatus.startsWith(engine.status().name())) {
            LOG.info("room {} {} at game time {} s, speed {}×", settings.code(), engine.status().name().toLowerCase(),
                    engine.gameTimeNanos() / 1_000_000_000L, engine.speed());
        }
        lastStatus = now;
        lastWallNanos = System.nanoTime(); // a clock that was stopped must not catch up on the stopped time
        publicFeed.status(statusData(), engine.gameTimeNanos());
    }

    JsonObject statusData() {
        JsonObject o = new JsonObject().put("roomCode", settings.code()).put("scenarioId", settings.scenarioId())
                .put("title", settings.title()).put("status", engine.status().name()).put("speed", engine.speed())
                .put("gameTime", Long.toString(engine.gameTimeNanos())).put("players", roster.activeCount())
                .put("locked", engine.locked()).put("playerCap", engine.playerCap());
        if (engine.histTime() != null) {
            o.put("histTime", engine.histTime());
        }
        return o;
    }
}
