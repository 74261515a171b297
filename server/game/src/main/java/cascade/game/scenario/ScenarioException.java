package cascade.game.scenario;

/**
 * A scenario could not be loaded. The message is meant for the instructor as is:
 * {@code scenario leverage-trap.yaml line 14: bots[2].count: must be between 0 and 10000, got -3}.
 * Lines and columns are 1-based (0 when unknown); the key path uses dots and [index].
 */
public final class ScenarioException extends RuntimeException {
    private final String source;
    private final int line;
    private final int column;
    private final String path;
    private final String problem;

    public ScenarioException(String source, int line, int column, String path, String problem) {
        super("scenario " + source + (line > 0 ? " line " + line : "") + ": "
                + (path == null || path.isEmpty() ? "" : path + ": ") + problem);
        this.source = source;
        this.line = line;
        this.column = column;
        this.path = path == null ? "" : path;
        this.problem = problem;
    }

    public String source() {
        return source;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String path() {
        return path;
    }

    public String problem() {
        return problem;
    }
}
