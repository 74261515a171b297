package cascade.game.feed.candle;

/** A candle file could not be used; the message names the file, the 1-based line and the problem. */
public final class CandleFormatException extends RuntimeException {
    private final String file;
    private final int line;

    public CandleFormatException(String file, int line, String problem) {
        super(file + " line " + line + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }
}
