package cascade.app.cli;

import cascade.game.bot.DefaultBotFactory;
import cascade.game.scenario.ScenarioException;
import cascade.game.scenario.ScenarioLibrary;
import cascade.game.scenario.ScenarioParser;
import cascade.game.sim.ResultWriter;
import cascade.game.sim.SeedResult;
import cascade.game.sim.Simulator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cascade simulate}: stress-tests a scenario headless, one room per seed, on all cores; writes per-seed
 * results and percentiles across seeds as JSON or CSV. The same scenario and seeds always give the same file
 * (the {@code wallMillis} timing field aside). Exit code 2 on bad arguments or an invalid scenario.
 */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = "Run a scenario headless for a range of seeds and write the cascade statistics.")
public final class SimulateCommand implements Callable<Integer> {
    @Option(names = "--scenario", required = true, description = "a built-in scenario id (${COMPLETION-CANDIDATES}) or a YAML file",
            completionCandidates = BuiltIns.class)
    String scenario;
    @Option(names = "--seeds", required = true, description = "seed range A..B (inclusive), or one seed")
    String seeds;
    @Option(names = "--speed", defaultValue = "max", description = "'max' (as fast as possible) or game-seconds per wall-second")
    String speed;
    @Option(names = "--minutes", defaultValue = "0", description = "game minutes per seed (0 = the scenario's duration)")
    long minutes;
    @Option(names = "--threads", description = "parallel rooms (default: all cores)")
    Integer threads;
    @Option(names = "--out", required = true, description = "output file: .json or .csv")
    Path out;

    /** Built-in ids for help and completion. */
    static final class BuiltIns implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return ScenarioLibrary.ids().iterator();
        }
    }

    @Override
    public Integer call() {
        PrintStream err = System.err;
        long from;
        long to;
        double pace;
        String name;
        String yaml;
        String file = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        try {
            long[] range = parseSeeds(seeds);
            from = range[0];
            to = range[1];
            pace = speed.equals("max") ? Double.POSITIVE_INFINITY : Double.parseDouble(speed);
            if (!(pace > 0) || Double.isNaN(pace)) {
                throw new IllegalArgumentException("--speed must be 'max' or a positive number, got '" + speed + "'");
            }
            if (minutes < 0) {
                throw new IllegalArgumentException("--minutes must not be negative");
            }
            if (!file.endsWith(".json") && !file.endsWith(".csv")) {
                throw new IllegalArgumentException("--out must end in .json or .csv, got '" + out + "'");
            }
            if (ScenarioLibrary.ids().contains(scenario)) {
                name = scenario + ".yaml";
                yaml = ScenarioLibrary.source(scenario);
            } else {
                Path p = Path.of(scenario);
                if (!Files.isRegularFile(p)) {
                    throw new IllegalArgumentException("--scenario: no built-in scenario '" + scenario
                            + "' and no such file (built-ins: " + String.join(", ", ScenarioLibrary.ids()) + ")");
                }
                name = p.getFileName().toString();
                yaml = Files.readString(p, StandardCharsets.UTF_8);
            }
            ScenarioParser.parse(name, yaml); // one clear message for a bad file before any room starts
        } catch (ScenarioException e) {
            err.println(e.getMessage());
            return 2;
        } catch (IllegalArgumentException | IOException e) {
            err.println("simulate: " + e.getMessage());
            return 2;
        }
        int cores = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        Simulator sim = new Simulator(name, yaml, new DefaultBotFactory(), minutes * 60, pace);
        AtomicLong done = new AtomicLong();
        List<SeedResult> results;
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("simulate " + scenario).setInitialMax(to - from + 1)
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(err))
                .setUnit(" seeds", 1).build()) {
            results = sim.runAll(from, to, cores, s -> bar.stepTo(done.incrementAndGet()));
        }
        long ticksPerUnit = cascade.game.scenario.ScenarioParser.parse(name, yaml).instrument().toInstrument().ticksPerUnit();
        String text = file.endsWith(".json") ? ResultWriter.json(scenario, results, ticksPerUnit)
                : ResultWriter.csv(results, ticksPerUnit);
        try {
            Files.writeString(out, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("simulate: cannot write " + out + ": " + e.getMessage());
            return 1;
        }
        err.printf("simulate: %d seeds of %s → %s%n", results.size(), scenario, out);
        return 0;
    }

    /** "A..B" or "A"; A ≤ B; at most 100,000 seeds. */
    static long[] parseSeeds(String s) {
        String[] parts = s.trim().split("\\.\\.", -1);
        try {
            long a = Long.parseLong(parts[0].trim());
            long b = parts.length == 2 ? Long.parseLong(parts[1].trim()) : a;
            if (parts.length > 2 || b < a || b - a >= 100_000) {
                throw new NumberFormatException();
            }
            return new long[] {a, b};
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--seeds must be A..B with A ≤ B (at most 100,000 seeds), got '" + s + "'");
        }
    }
}
