package cascade.app.room;

import cascade.game.scenario.ModelSpec;
import cascade.game.scenario.ScenarioException;
import cascade.game.scenario.ScenarioLibrary;
import cascade.game.scenario.ScenarioParser;
import cascade.game.scenario.ScenarioSpec;
import cascade.game.scenario.ScheduledShock;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The built-in {@link ScenarioLibrary} plus scenarios uploaded while the server runs (memory only). Uploads may
 * not name a file-system path for historical data: a scenario is user input and must not read server files.
 */
public final class LibraryScenarioCatalog implements ScenarioCatalog {
    private static final int MAX_UPLOADS = 500;
    private final Map<String, ScenarioSpec> specs = new ConcurrentHashMap<>();
    private final Map<String, String> yaml = new ConcurrentHashMap<>();
    private final List<String> order = new java.util.concurrent.CopyOnWriteArrayList<>();

    public LibraryScenarioCatalog() {
        for (String id : ScenarioLibrary.ids()) {
            specs.put(id, ScenarioLibrary.load(id));
            yaml.put(id, resource(id));
            order.add(id);
        }
    }

    private static String resource(String id) {
        try (java.io.InputStream in = ScenarioLibrary.class.getResourceAsStream(ScenarioLibrary.RESOURCE_DIR + id + ".yaml")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The scenario's YAML text (rooms are created from it so their journal can carry it), or empty. */
    public Optional<String> yaml(String id) {
        return Optional.ofNullable(id == null ? null : yaml.get(id));
    }

    /** The validated spec (for the room factory), or empty. */
    public Optional<ScenarioSpec> spec(String id) {
        return Optional.ofNullable(id == null ? null : specs.get(id));
    }

    @Override
    public List<JsonObject> list() {
        List<JsonObject> out = new ArrayList<>();
        for (String id : order) {
            ScenarioSpec s = specs.get(id);
            out.add(new JsonObject().put("id", s.id()).put("title", s.title()).put("description", s.description())
                    .put("durationSeconds", s.durationNanos() / 1_000_000_000L)
                    .put("historical", s.index().model() instanceof ModelSpec.Historical));
        }
        return out;
    }

    @Override
    public Optional<JsonObject> get(String id) {
        return spec(id).map(s -> {
            JsonArray shocks = new JsonArray();
            for (ScheduledShock sh : s.shocks()) {
                shocks.add(new JsonObject().put("at", sh.atNanos() / 1_000_000_000.0)
                        .put("type", sh.shock().type().yamlName()).put("params", params((Record) sh.shock())));
            }
            JsonArray modes = new JsonArray();
            s.players().marginModes().forEach(m -> modes.add(m.name()));
            return new JsonObject().put("id", s.id()).put("title", s.title()).put("description", s.description())
                    .put("briefing", s.briefing()).put("learningGoals", new JsonArray(s.learningGoals()))
                    .put("durationSeconds", s.durationNanos() / 1_000_000_000L)
                    .put("historical", s.index().model() instanceof ModelSpec.Historical)
                    .put("players", new JsonObject().put("startingCollateral", Units.money(s.players().collateralMicros()))
                            .put("maxLeverage", s.players().maxLeverage()).put("marginModes", modes))
                    .put("shocks", shocks);
        });
    }

    /** Record components as JSON, in the units the scenario file states them (see {@code Shock}). */
    private static JsonObject params(Record shock) {
        JsonObject o = new JsonObject();
        for (RecordComponent c : shock.getClass().getRecordComponents()) {
            try {
                Object v = c.getAccessor().invoke(shock);
                o.put(c.getName(), v instanceof Enum<?> e ? e.name() : v);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return o;
    }

    @Override
    public String upload(String text) {
        ScenarioSpec s;
        try {
            s = ScenarioParser.parse("upload.yaml", text);
        } catch (ScenarioException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        if (s.index().model() instanceof ModelSpec.Historical h && !h.builtIn()) {
            throw new IllegalArgumentException("scenario upload.yaml: index.model.file: uploads may only use "
                    + "the built-in historical data files, not a path");
        }
        if (ScenarioLibrary.ids().contains(s.id())) {
            throw new IllegalArgumentException("scenario upload.yaml: id: \"" + s.id() + "\" is a built-in scenario");
        }
        if (!specs.containsKey(s.id()) && order.size() >= ScenarioLibrary.ids().size() + MAX_UPLOADS) {
            throw new IllegalArgumentException("scenario upload.yaml: the server holds its maximum of uploads");
        }
        yaml.put(s.id(), text);
        if (specs.put(s.id(), s) == null) {
            order.add(s.id());
        }
        return s.id();
    }

    @Override
    public long startingCollateralMicros(String id) {
        return spec(id).map(s -> s.players().collateralMicros()).orElse(0L);
    }
}
