package cascade.game.room;

import cascade.engine.Instrument;
import cascade.engine.analytics.EwmaVolatility;
import cascade.engine.command.Command;
import cascade.engine.command.Deposit;
import cascade.engine.command.SetLeverage;
import cascade.engine.command.SetMarginMode;
import cascade.engine.event.Event;
import cascade.engine.event.TradeExecuted;
import cascade.engine.market.AccountView;
import cascade.engine.market.Market;
import cascade.game.bot.Bot;
import cascade.game.bot.BotFactory;
import cascade.game.feed.venue.PublishedIndex;
import cascade.game.feed.venue.VenueFeeds;
import cascade.game.rng.SeededRandom;
import cascade.game.scenario.BotSpec;
import cascade.game.scenario.ScenarioFeeds;
import cascade.game.scenario.ScenarioParser;
import cascade.game.scenario.ScenarioSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A game session: the engine plus the scenario's index feeds, bots, shock schedule and clock, as one
 * deterministic state machine (ARCHITECTURE.md "The room"). {@link #apply} is the only mutator; the same
 * scenario, seed and inputs give the same events and {@link #stateHash()}; {@link #snapshot()} /
 * {@link #restore} / {@link #replay} make replays, debriefs and what-if forks.
 *
 * <p>Accounts: player n trades account n; bots trade accounts from {@value #BOT_ACCOUNT_BASE}; the room's own
 * whale (used for whale shocks when the scenario has no whale bot) is {@value #ROOM_WHALE_ACCOUNT}.
 * Single-threaded: one writer.
 */
public final class Room {
    public static final long BOT_ACCOUNT_BASE = 1_000_000;
    public static final long ROOM_WHALE_ACCOUNT = 999_999;
    public static final int MAX_NICKNAME = 24;

    final String scenarioName;
    final String scenarioYaml;
    final long seed;
    final ScenarioSpec spec;
    final Instrument instrument;
    final BotFactory botFactory;
    Market market;
    final VenueFeeds feeds;
    final SeededRandom rng;
    final List<Bot> bots = new ArrayList<>();
    final List<Player> players = new ArrayList<>();

    RoomStatus status = RoomStatus.LOBBY;
    int speedPercent;
    boolean locked;
    int playerCap = 100;
    long nowNanos;
    long inputsApplied;
    int shockCursor;
    long mmPulledUntilNanos;
    long netTakerFlowMicros;
    EwmaVolatility volatility = EwmaVolatility.withHalfLife(300);
    long lastSecond = -1;
    final MarkHistory history = new MarkHistory();
    String indexCause = "";
    long indexCauseUntilNanos;
    PublishedIndex lastIndex;
    /** The index when the room was created (bots' "start price" anchor). */
    final long startIndexTicks;
    /** Whale orders from shocks waiting for a whale bot: [accountId, signed lots] pairs. */
    final List<long[]> whaleOrders = new ArrayList<>();

    List<RoomEvent> out = new ArrayList<>();
    private final ShockRunner shocks;
    private final RoomCommands commands;
    private final RoomBotContext botContext;
    private final List<Command> botCommands = new ArrayList<>();

    private Room(String scenarioName, String scenarioYaml, long seed, BotFactory botFactory) {
        this.scenarioName = scenarioName;
        this.scenarioYaml = scenarioYaml;
        this.seed = seed;
        this.botFactory = botFactory;
        this.spec = ScenarioParser.parse(scenarioName, scenarioYaml);
        this.instrument = spec.instrument().toInstrument();
        this.feeds = ScenarioFeeds.build(spec, seed);
        this.lastIndex = feeds.tick(0, 0);
        this.startIndexTicks = lastIndex.indexTicks();
        this.market = new Market(instrument, startIndexTicks);
        this.rng = new SeededRandom(seed);
        this.speedPercent = (int) Math.round(spec.clock().speed() * 100);
        this.shocks = new ShockRunner(this);
        this.commands = new RoomCommands(this);
        this.botContext = new RoomBotContext(this);
        long account = BOT_ACCOUNT_BASE;
        for (BotSpec population : spec.bots()) {
            for (int member = 0; member < population.count(); member++) {
                Bot bot = botFactory.create(population, member, account++, rng.split(), instrument,
                        lastIndex.indexTicks());
                bots.add(bot);
                if (bot.collateralMicros() > 0) {
                    market.apply(new Deposit(bot.accountId(), bot.collateralMicros()));
                }
                if (bot.isolated()) {
                    market.apply(new SetMarginMode(bot.accountId(), cascade.engine.command.MarginMode.ISOLATED));
                }
                market.apply(new SetLeverage(bot.accountId(), bot.leverage()));
            }
        }
    }

    /**
     * A room for a scenario (its YAML text and a name for error messages) with a seed for every random
     * stream. Throws {@link cascade.game.scenario.ScenarioException} for an invalid scenario.
     */
    public static Room create(String scenarioName, String scenarioYaml, long seed, BotFactory botFactory) {
        return new Room(scenarioName, scenarioYaml, seed, botFactory);
    }

    /** Applies one input; returns what happened, in order. A refused input changes nothing. */
    public List<RoomEvent> apply(RoomInput input) {
        out = new ArrayList<>();
        inputsApplied++;
        if (input instanceof RoomInput.ClockTick t) {
            tick(t);
        } else if (input instanceof RoomInput.PlayerCommand c) {
            commands.player(c);
        } else if (input instanceof RoomInput.PlayerJoin j) {
            commands.join(j);
        } else if (input instanceof RoomInput.InstructorCommand c) {
            commands.instructor(c);
        } else {
            throw new IllegalArgumentException("unknown input " + input);
        }
        return out;
    }

    private void tick(RoomInput.ClockTick t) {
        if (status != RoomStatus.RUNNING) {
            reject(t, "ROOM_NOT_RUNNING", "the clock only runs while the room is running (" + status + ")");
            return;
        }
        if (t.gameTimeNanos() < nowNanos) {
            reject(t, "ROOM_CLOCK_BACKWARDS", "game time " + t.gameTimeNanos() + " is before " + nowNanos);
            return;
        }
        nowNanos = t.gameTimeNanos();
        while (shockCursor < spec.shocks().size() && spec.shocks().get(shockCursor).atNanos() <= nowNanos) {
            shocks.apply(spec.shocks().get(shockCursor++).shock(), true);
        }
        lastIndex = feeds.tick(nowNanos, netTakerFlowMicros);
        netTakerFlowMicros = 0;
        out.add(new RoomEvent.IndexPublished(lastIndex));
        String cause = nowNanos <= indexCauseUntilNanos ? indexCause : "";
        marketApply(new cascade.engine.command.IndexTick(nowNanos, lastIndex.indexTicks(), cause));
        long second = nowNanos / Instrument.NANOS_PER_SECOND;
        if (second != lastSecond) {
            lastSecond = second;
            volatility = volatility.sample(market.markPriceTicks());
            history.add(market.markPriceTicks());
            samplePlayers();
        }
        for (Bot bot : bots) {
            botCommands.clear();
            bot.decide(botContext, botCommands);
            for (int i = 0; i < botCommands.size(); i++) {
                marketApply(botCommands.get(i));
            }
        }
        if (nowNanos >= spec.durationNanos()) {
            status = RoomStatus.ENDED;
            out.add(new RoomEvent.StatusChanged(status, speedPercent, nowNanos));
        }
    }

    /** Applies an engine command and records its events; taker flow feeds the spot coupling. */
    List<Event> marketApply(Command c) {
        List<Event> events = market.apply(c);
        for (Event e : events) {
            out.add(new RoomEvent.Market(e));
            if (e instanceof TradeExecuted t) {
                long notional = instrument.notionalMicros(t.priceTicks(), t.qtyLots());
                netTakerFlowMicros += t.takerSide().isBuy() ? notional : -notional;
            }
        }
        return events;
    }

    private void samplePlayers() {
        for (Player p : players) {
            AccountView v = market.account(p.accountId);
            long equity = v.equityMicros();
            p.peakEquityMicros = Math.max(p.peakEquityMicros, equity);
            if (p.peakEquityMicros > 0) {
                long dd = (p.peakEquityMicros - equity) * 100_000_000L / p.peakEquityMicros;
                p.maxDrawdownE8 = Math.max(p.maxDrawdownE8, dd);
            }
            if (v.positionLots() != 0 && equity > 0) {
                long notional = instrument.notionalMicros(market.markPriceTicks(), Math.abs(v.positionLots()));
                p.maxLeverageUsedE2 = Math.max(p.maxLeverageUsedE2, notional * 100 / equity);
            }
        }
    }

    void reject(RoomInput input, String code, String message) {
        out.add(new RoomEvent.InputRejected(input, code, message));
    }

    // ------------------------------------------------------------------ queries

    public Market market() {
        return market;
    }

    public ScenarioSpec scenario() {
        return spec;
    }

    public String scenarioName() {
        return scenarioName;
    }

    public String scenarioYaml() {
        return scenarioYaml;
    }

    public long seed() {
        return seed;
    }

    public RoomStatus status() {
        return status;
    }

    public int speedPercent() {
        return speedPercent;
    }

    public boolean locked() {
        return locked;
    }

    public int playerCap() {
        return playerCap;
    }

    public long nowNanos() {
        return nowNanos;
    }

    public long tickNanos() {
        return spec.clock().tickNanos();
    }

    public long inputsApplied() {
        return inputsApplied;
    }

    public PublishedIndex lastIndex() {
        return lastIndex;
    }

    public List<Player> players() {
        return Collections.unmodifiableList(players);
    }

    public List<Bot> bots() {
        return Collections.unmodifiableList(bots);
    }

    public double markVolatilityAnnual() {
        return volatility.sigmaAnnual();
    }

    /** The historical clock of a replay scenario (null otherwise). */
    public java.time.Instant historicalInstant() {
        return feeds.model() instanceof cascade.game.feed.HistoricalPathModel h ? h.historicalInstant() : null;
    }

    public Player player(int playerId) {
        return playerId >= 1 && playerId <= players.size() ? players.get(playerId - 1) : null;
    }

    public List<Standing> standings() {
        return Standing.of(this);
    }

    public byte[] snapshot() {
        return RoomCodec.write(this);
    }

    public String stateHash() {
        return RoomCodec.hash(snapshot());
    }

    /** A room equal to the one that wrote {@code snapshot}; bots are rebuilt with {@code botFactory}. */
    public static Room restore(byte[] snapshot, BotFactory botFactory) {
        return RoomCodec.read(snapshot, botFactory);
    }

    /** Restore + the same inputs: the hash at the end equals the original run's. */
    public static Room replay(byte[] snapshot, List<RoomInput> inputs, BotFactory botFactory) {
        Room room = restore(snapshot, botFactory);
        for (RoomInput in : inputs) {
            room.apply(in);
        }
        return room;
    }

    static Room createForRestore(String name, String yaml, long seed, BotFactory botFactory) {
        return new Room(name, yaml, seed, botFactory);
    }
}
