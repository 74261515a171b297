package cascade.game.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The built-in scenarios, shipped as classpath resources under {@code /cascade/scenarios/<id>.yaml}. The id
 * list is fixed here (a jar cannot be listed portably); a test checks it matches the files and that every
 * one validates. {@code _example} is the commented reference file and is not listed.
 */
public final class ScenarioLibrary {
    public static final String RESOURCE_DIR = "/cascade/scenarios/";
    private static final List<String> IDS = List.of(
            "calm", "leverage-trap", "thin-book", "index-decoupling",
            "crash-2020-03-12", "crash-2021-05-19", "crash-2025-10-10");

    private ScenarioLibrary() {
    }

    /** Built-in scenario ids, tutorial first. */
    public static List<String> ids() {
        return IDS;
    }

    /** The YAML text of a built-in scenario (what a room journal stores, so a replay needs no classpath). */
    public static String source(String id) {
        if (!IDS.contains(id) && !id.equals("_example")) {
            throw new ScenarioException(id, 0, 0, "", "no built-in scenario with this id (built-ins: "
                    + String.join(", ", IDS) + ")");
        }
        try (InputStream in = ScenarioLibrary.class.getResourceAsStream(RESOURCE_DIR + id + ".yaml")) {
            if (in == null) {
                throw new ScenarioException(id + ".yaml", 0, 0, "", "built-in scenario missing from the classpath");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads and validates a built-in scenario (the reference example too, by id {@code _example}). */
    public static ScenarioSpec load(String id) {
        if (!IDS.contains(id) && !id.equals("_example")) {
            throw new ScenarioException(id, 0, 0, "", "no built-in scenario with this id (built-ins: "
                    + String.join(", ", IDS) + ")");
        }
        String file = id + ".yaml";
        try (InputStream in = ScenarioLibrary.class.getResourceAsStream(RESOURCE_DIR + file)) {
            if (in == null) {
                throw new ScenarioException(file, 0, 0, "", "built-in scenario missing from the classpath");
            }
            ScenarioSpec spec = ScenarioParser.parse(file, in);
            if (!spec.id().equals(id)) {
                throw new ScenarioException(file, 0, 0, "id", "must be '" + id + "' (the file name), got '" + spec.id() + "'");
            }
            return spec;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
