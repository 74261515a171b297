package cascade.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SimulateCommandTest {
    @TempDir
    Path dir;

    private int run(String... args) {
        return new CommandLine(new SimulateCommand()).execute(args);
    }

    private String stderrOf(Runnable r) {
        PrintStream old = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true));
        try {
            r.run();
        } finally {
            System.setErr(old);
        }
        return buf.toString();
    }

    @Test
    void writesTheSameResultsTwiceForTheSameSeeds() throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        assertThat(run("--scenario", "leverage-trap", "--seeds", "1..2", "--minutes", "2", "--out", a.toString())).isZero();
        assertThat(run("--scenario", "leverage-trap", "--seeds", "1..2", "--minutes", "2", "--threads", "1", "--out", b.toString())).isZero();
        String ja = Files.readString(a).replaceAll("\"wallMillis\": \\d+", "");
        String jb = Files.readString(b).replaceAll("\"wallMillis\": \\d+", "");
        assertThat(ja).isEqualTo(jb).contains("\"seed\": 1", "\"seed\": 2", "\"percentiles\"", "\"gameSeconds\": 120");
        Path csv = dir.resolve("r.csv");
        assertThat(run("--scenario", "calm", "--seeds", "3", "--minutes", "1", "--out", csv.toString())).isZero();
        assertThat(Files.readAllLines(csv).get(1)).startsWith("3,60,");
    }

    @Test
    void badArgumentsGetOneClearMessageAndExitCode2() {
        Path out = dir.resolve("x.json");
        String err = stderrOf(() -> assertThat(run("--scenario", "nope", "--seeds", "1..2", "--out", out.toString())).isEqualTo(2));
        assertThat(err).contains("no built-in scenario 'nope'").doesNotContain("Exception");
        err = stderrOf(() -> assertThat(run("--scenario", "calm", "--seeds", "5..1", "--out", out.toString())).isEqualTo(2));
        assertThat(err).contains("--seeds must be A..B");
        err = stderrOf(() -> assertThat(run("--scenario", "calm", "--seeds", "1", "--out", dir.resolve("x.txt").toString())).isEqualTo(2));
        assertThat(err).contains("--out must end in .json or .csv");
        err = stderrOf(() -> assertThat(run("--scenario", "calm", "--seeds", "1", "--speed", "-3", "--out", out.toString())).isEqualTo(2));
        assertThat(err).contains("--speed");
    }

    @Test
    void anInvalidScenarioFileNamesTheLine() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        String calm = cascade.game.scenario.ScenarioLibrary.source("calm");
        Files.writeString(bad, calm + "\nbogus: 1\n");
        long line = calm.lines().count() + 2;
        String err = stderrOf(() -> assertThat(run("--scenario", bad.toString(), "--seeds", "1", "--out",
                dir.resolve("o.json").toString())).isEqualTo(2));
        assertThat(err).contains("bad.yaml line " + line).contains("bogus").doesNotContain("Exception");
    }
}
