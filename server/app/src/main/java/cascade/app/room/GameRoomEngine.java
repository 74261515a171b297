package cascade.app.room;

import cascade.engine.Instrument;
import cascade.engine.command.Command;
import cascade.engine.event.Event;
import cascade.engine.market.Market;
import cascade.game.bot.BotFactory;
import cascade.game.room.InstructorAction;
import cascade.game.room.Projection;
import cascade.game.room.Room;
import cascade.game.room.RoomEvent;
import cascade.game.room.RoomInput;
import cascade.game.room.RoomStatus;
import cascade.game.room.WhatIf;
import cascade.game.scenario.Shock;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** The real room (server/game {@link Room}) behind the hosting port: inputs in, {@link RoomEvent}s mapped out. */
public final class GameRoomEngine implements RoomEngine {
    private final Room room;
    private final BotFactory bots;

    public GameRoomEngine(Room room, BotFactory bots) {
        this.room = room;
        this.bots = bots;
    }

    public Room room() {
        return room;
    }

    @Override
    public Instrument instrument() {
        return room.market().instrument();
    }

    @Override
    public long startingCollateralMicros() {
        return room.scenario().players().collateralMicros();
    }

    @Override
    public long tickNanos() {
        return room.tickNanos();
    }

    @Override
    public long gameTimeNanos() {
        return room.nowNanos();
    }

    @Override
    public String histTime() {
        return room.historicalInstant() == null ? null : room.historicalInstant().toString();
    }

    @Override
    public Market market() {
        return room.market();
    }

    @Override
    public RoomStatus status() {
        return room.status();
    }

    @Override
    public double speed() {
        return room.speedPercent() / 100.0;
    }

    @Override
    public boolean locked() {
        return room.locked();
    }

    @Override
    public int playerCap() {
        return room.playerCap();
    }

    @Override
    public Step join(String nickname) {
        return step(room.apply(new RoomInput.PlayerJoin(nickname)));
    }

    @Override
    public Step player(long accountId, Command command) {
        // The room's player n trades account n (Room's contract).
        return step(room.apply(new RoomInput.PlayerCommand((int) accountId, command)));
    }

    @Override
    public Step tick() {
        return step(room.apply(new RoomInput.ClockTick(room.nowNanos() + room.tickNanos())));
    }

    @Override
    public Step instructor(JsonObject a) {
        InstructorAction action = switch (a.getString("action")) {
            case "start" -> new InstructorAction.Start();
            case "pause" -> new InstructorAction.Pause();
            case "resume" -> new InstructorAction.Resume();
            case "end" -> new InstructorAction.End();
            case "speed" -> new InstructorAction.SetSpeed((int) Math.round(a.getDouble("value") * 100));
            case "shock" -> new InstructorAction.InjectShock(shock(a));
            case "topUp" -> new InstructorAction.TopUp(a.getInteger("accountId", 0), Units.micros(a.getString("amount")));
            case "reset" -> new InstructorAction.ResetPlayer(a.getInteger("accountId", 0));
            case "lock" -> new InstructorAction.Lock(a.getBoolean("locked"));
            case "kick" -> new InstructorAction.Kick(a.getInteger("accountId"));
            case "playerCap" -> new InstructorAction.PlayerCap(a.getInteger("value"));
            case "news" -> new InstructorAction.News(a.getString("text"));
            default -> throw new IllegalArgumentException("not a room action: " + a.getString("action"));
        };
        return step(room.apply(new RoomInput.InstructorCommand(action)));
    }

    private Shock shock(JsonObject s) {
        Shock shock = ShockJson.parse(s.getString("type"), s.getJsonObject("params", new JsonObject()), instrument());
        String venue = shock instanceof Shock.FeedFreeze f ? f.venue() : shock instanceof Shock.OutlierVenue o ? o.venue() : null;
        if (venue != null && !room.scenario().index().hasVenue(venue)) {
            throw new IllegalArgumentException("params.venue: no venue '" + venue + "' in this scenario");
        }
        return shock;
    }

    @Override
    public Callable<JsonObject> whatIf(JsonObject shockJson, long seconds) {
        Shock shock = shock(shockJson);
        if (seconds < 1 || seconds > WhatIf.MAX_SECONDS) {
            throw new IllegalArgumentException("seconds: must be 1–" + WhatIf.MAX_SECONDS);
        }
        byte[] snapshot = room.snapshot();
        Units units = new Units(instrument());
        return () -> {
            Projection p = WhatIf.project(snapshot, shock, seconds, bots);
            return new JsonObject().put("liquidatedNotionalLong", Units.money(p.liquidatedNotionalLongMicros()))
                    .put("liquidatedNotionalShort", Units.money(p.liquidatedNotionalShortMicros()))
                    .put("priceLow", units.price(p.markLowTicks())).put("lastPriceLow", units.price(p.lastLowTicks()))
                    .put("insuranceFundLeft", Units.money(p.insuranceFundLeftMicros())).put("adlCount", p.adlCount())
                    .put("maxGeneration", p.maxGeneration()).put("liquidations", p.liquidations())
                    .put("socializedLoss", Units.money(p.socializedLossMicros()));
        };
    }

    @Override
    public List<Standing> standings() {
        List<Standing> out = new ArrayList<>();
        for (cascade.game.room.Standing s : room.standings()) {
            out.add(new Standing(room.player(s.playerId()).accountId(), s.nickname(), s.equityMicros(), s.returnE8(),
                    s.maxDrawdownE8(), s.liquidated(), s.maxLeverageUsedE2()));
        }
        return out;
    }

    @Override
    public String stateHash() {
        return room.stateHash();
    }

    private static Step step(List<RoomEvent> events) {
        List<Event> engine = new ArrayList<>();
        List<String> news = new ArrayList<>();
        long joined = 0;
        String code = null;
        String message = null;
        for (RoomEvent e : events) {
            if (e instanceof RoomEvent.Market m) {
                engine.add(m.event());
            } else if (e instanceof RoomEvent.NewsPublished n) {
                news.add(n.text());
            } else if (e instanceof RoomEvent.PlayerJoined j) {
                joined = j.accountId();
            } else if (e instanceof RoomEvent.InputRejected r && code == null) {
                code = r.code();
                message = r.message();
            }
        }
        return new Step(engine, news, joined, code, message);
    }
}
