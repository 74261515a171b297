package cascade.app.room;

import cascade.app.metrics.Metrics;
import cascade.engine.command.Command;
import cascade.engine.event.Event;
import cascade.engine.event.MarkPriceChanged;
import cascade.engine.event.PositionLiquidated;
import cascade.engine.event.TradeExecuted;
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
 * streams. No method here blocks.
 */
public final class RoomVerticle extends VerticleBase {
    private static final Logger LOG = LoggerFactory.getLogger(RoomVerticle.class);
    static final long TIMER_MS = 25;
    static final int MAX_TICKS_PER_FIRE = 100;
    private static final long PUBLIC_FLUSH_NANOS = 100_000_000L;
    private static final long PRIVATE_FLUSH_NANOS = 250_000_000L;
    private static final long RISK_FLUSH_NANOS = 500_000_000L;
    private static final long STATUS_NANOS = 1_000_000_000L;

    final RoomSettings settings;
    final RoomEngineFactory factory;
    final Metrics metrics;
    final RoomHost host;
    final Roster roster = new Roster();
    final RoomRecorder recorder = new RoomRecorder();
    RoomEngine engine;
    Units units;
    PlayerCommands commands;
    PublicFeed publicFeed;
    PrivateFeed privateFeed;
    RoomControl control;
    RoomStatus status = RoomStatus.LOBBY;
    double speed = 1.0;
    private long timerId = -1;
    private long lastWallNanos;
    private double dueGameNanos;
    private long lastPublic;
    private long lastPrivate;
    private long lastRisk;
    private long lastStatus;
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
        try {
            newEngine();
        } catch (RuntimeException e) {
            return Future.failedFuture(e);
        }
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

    /** A fresh engine from the scenario (room creation and {@code restart}); players get fresh accounts. */
    void newEngine() {
        engine = factory.create(settings.scenarioId(), settings.seed());
        units = new Units(engine.instrument());
        commands = new PlayerCommands(units);
        publicFeed = new PublicFeed(vertx.eventBus(), settings.code(), units);
        privateFeed = new PrivateFeed(vertx.eventBus(), settings.code(), units, roster, commands::clientId);
    }

    private void onRequest(Message<JsonObject> msg) {
        lastActivityNanos = System.nanoTime();
        JsonObject reply;
        try {
            reply = RoomRequests.handle(this, msg.body());
        } catch (RuntimeException e) {
            // An exception here is a bug in hosting or the room; the client gets a code, the log gets the trace.
            LOG.error("room {}: request failed: {}", settings.code(), msg.body().getString("op"), e);
            reply = Reply.error(Codes.SERVER_ERROR, "internal error");
        }
        msg.reply(reply);
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
        RoomEngine.Step step = engine.player(c);
        metrics.inputs.increment();
        recorder.inputs++;
        JsonObject reply = commands.reply(accountId, cmd, c, step.events());
        publish(step);
        return reply;
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
        if (status == RoomStatus.RUNNING) {
            dueGameNanos += (now - lastWallNanos) * speed;
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
        if (now - lastPublic >= PUBLIC_FLUSH_NANOS) {
            lastPublic = now;
            publicFeed.flush(engine.market(), engine.histTime(), gt);
        }
        if (now - lastPrivate >= PRIVATE_FLUSH_NANOS) {
            lastPrivate = now;
            privateFeed.flush(engine.market(), gt, markMoved);
            markMoved = false;
        }
        if (now - lastRisk >= RISK_FLUSH_NANOS) {
            lastRisk = now;
            vertx.eventBus().publish(Addresses.instructor(settings.code()),
                    Msg.of("risk", "update", gt, RiskView.of(this)));
        }
        if (now - lastStatus >= STATUS_NANOS) {
            lastStatus = now;
            publicFeed.status(statusData(), gt);
            if (now - lastActivityNanos > settings.idleMillis() * 1_000_000L) {
                LOG.info("room {} idle for {} min: expiring", settings.code(), settings.idleMillis() / 60_000);
                host.close(settings.code());
            }
        }
    }

    /** Status changes (start/pause/speed…) are published at once. */
    void setStatus(RoomStatus s) {
        if (s == RoomStatus.RUNNING && status != RoomStatus.RUNNING) {
            lastWallNanos = System.nanoTime();
        }
        status = s;
        LOG.info("room {} {} at game time {} s, speed {}×", settings.code(), s.name().toLowerCase(),
                engine.gameTimeNanos() / 1_000_000_000L, speed);
        publicFeed.status(statusData(), engine.gameTimeNanos());
    }

    JsonObject statusData() {
        JsonObject o = new JsonObject().put("roomCode", settings.code()).put("scenarioId", settings.scenarioId())
                .put("title", settings.title()).put("status", status.name()).put("speed", speed)
                .put("gameTime", Long.toString(engine.gameTimeNanos())).put("players", roster.activeCount())
                .put("locked", roster.locked).put("playerCap", roster.playerCap);
        if (engine.histTime() != null) {
            o.put("histTime", engine.histTime());
        }
        return o;
    }
}
