package cascade.game.feed.candle;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads 1-minute candles from CSV in either {@link CsvLayout}. Every row is validated (numbers parse, prices
 * positive, {@code low ≤ open, close ≤ high}, volume ≥ 0, open times exactly 60 s apart and strictly
 * increasing, no gaps); the first problem throws {@link CandleFormatException} naming file, line and problem.
 * Prices convert to ticks exactly: {@code decimal × ticksPerUnit}, rounded half-up when the source has more
 * decimals than the tick (e.g. the mark-price file's 8 decimals at tick 0.1).
 */
public final class CandleCsv {
    /** Classpath folder of the built-in data files. */
    public static final String RESOURCE_DIR = "/cascade/data/";
    /** Built-in files, in the order the docs list them. */
    public static final List<String> BUILT_IN = List.of(
            "btc_1m_2020-03-12.csv", "btc_1m_2021-05-19.csv", "btc_1m_2025-10-10.csv",
            "btc_markprice_1m_2025-10-10_binance-coinm.csv");

    private static final String PROJECT_HEADER = "ts_utc,open,high,low,close,volume";

    private CandleCsv() {
    }

    /** Loads a built-in data file from the classpath ({@link #RESOURCE_DIR}). */
    public static CandleSeries loadBuiltIn(String fileName, long ticksPerUnit) {
        if (!BUILT_IN.contains(fileName)) {
            throw new CandleFormatException(fileName, 0, "not a built-in data file; built-ins: " + BUILT_IN);
        }
        try (InputStream in = CandleCsv.class.getResourceAsStream(RESOURCE_DIR + fileName)) {
            if (in == null) {
                throw new CandleFormatException(fileName, 0, "built-in data file missing from the classpath");
            }
            return load(fileName, in, CsvLayout.AUTO, ticksPerUnit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CandleSeries load(String fileName, InputStream in, CsvLayout layout, long ticksPerUnit) {
        return load(fileName, new InputStreamReader(in, StandardCharsets.UTF_8), layout, ticksPerUnit);
    }

    public static CandleSeries load(String fileName, Reader reader, CsvLayout layout, long ticksPerUnit) {
        if (ticksPerUnit < 1) {
            throw new IllegalArgumentException("ticksPerUnit must be ≥ 1");
        }
        List<Candle> out = new ArrayList<>();
        BufferedReader br = new BufferedReader(reader);
        CsvLayout effective = layout;
        int lineNo = 0;
        try {
            String line;
            while ((line = br.readLine()) != null) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                String trimmed = line.strip();
                if (trimmed.isEmpty()) {
                    continue;
                }
                if (lineNo == 1 && isHeader(trimmed)) {
                    CsvLayout fromHeader = trimmed.replace(" ", "").equalsIgnoreCase(PROJECT_HEADER)
                            ? CsvLayout.PROJECT : trimmed.toLowerCase().startsWith("open_time") ? CsvLayout.BINANCE : null;
                    if (fromHeader == null) {
                        throw new CandleFormatException(fileName, lineNo, "unknown header '" + trimmed
                                + "' (expected '" + PROJECT_HEADER + "' or Binance's 'open_time,open,high,…')");
                    }
                    if (effective != CsvLayout.AUTO && effective != fromHeader) {
                        throw new CandleFormatException(fileName, lineNo, "header is " + fromHeader
                                + " layout but " + effective + " was requested");
                    }
                    effective = fromHeader;
                    continue;
                }
                String[] f = trimmed.split(",", -1);
                if (effective == CsvLayout.AUTO) {
                    effective = f.length == 12 ? CsvLayout.BINANCE : CsvLayout.PROJECT;
                }
                Candle c = parseRow(fileName, lineNo, f, effective, ticksPerUnit);
                if (!out.isEmpty()) {
                    long prev = out.get(out.size() - 1).openEpochSecond();
                    if (c.openEpochSecond() <= prev) {
                        throw new CandleFormatException(fileName, lineNo, "time " + Instant.ofEpochSecond(c.openEpochSecond())
                                + " is not after the previous row's " + Instant.ofEpochSecond(prev));
                    }
                    if (c.openEpochSecond() != prev + 60) {
                        throw new CandleFormatException(fileName, lineNo, "gap: " + ((c.openEpochSecond() - prev) / 60 - 1)
                                + " minute(s) missing after " + Instant.ofEpochSecond(prev));
                    }
                }
                out.add(c);
            }
        } catch (IOException e) {
            throw new CandleFormatException(fileName, lineNo, "read failed: " + e.getMessage());
        }
        if (out.isEmpty()) {
            throw new CandleFormatException(fileName, lineNo, "no candles");
        }
        return new CandleSeries(fileName, out);
    }

    private static boolean isHeader(String line) {
        char c = line.charAt(0);
        return !(c >= '0' && c <= '9');
    }

    private static Candle parseRow(String file, int line, String[] f, CsvLayout layout, long ticksPerUnit) {
        int expected = layout == CsvLayout.PROJECT ? 6 : 12;
        if (f.length != expected) {
            throw new CandleFormatException(file, line, "expected " + expected + " columns (" + layout
                    + " layout), got " + f.length);
        }
        long epochSecond = layout == CsvLayout.PROJECT ? isoSecond(file, line, f[0].strip()) : epochMsSecond(file, line, f[0].strip());
        if (epochSecond % 60 != 0) {
            throw new CandleFormatException(file, line, "open time " + f[0].strip() + " is not on a minute boundary");
        }
        BigDecimal o = price(file, line, "open", f[1]);
        BigDecimal h = price(file, line, "high", f[2]);
        BigDecimal l = price(file, line, "low", f[3]);
        BigDecimal c = price(file, line, "close", f[4]);
        BigDecimal v = number(file, line, "volume", f[5]);
        if (v.signum() < 0) {
            throw new CandleFormatException(file, line, "volume " + v.toPlainString() + " is negative");
        }
        if (l.compareTo(o.min(c)) > 0) {
            throw new CandleFormatException(file, line, "low " + l.toPlainString() + " is above open/close " + o.min(c).toPlainString());
        }
        if (h.compareTo(o.max(c)) < 0) {
            throw new CandleFormatException(file, line, "high " + h.toPlainString() + " is below open/close " + o.max(c).toPlainString());
        }
        return new Candle(epochSecond, ticks(file, line, o, ticksPerUnit), ticks(file, line, h, ticksPerUnit),
                ticks(file, line, l, ticksPerUnit), ticks(file, line, c, ticksPerUnit));
    }

    private static long isoSecond(String file, int line, String s) {
        try {
            return Instant.parse(s).getEpochSecond();
        } catch (DateTimeParseException e) {
            throw new CandleFormatException(file, line, "ts_utc '" + s + "' is not an ISO-8601 UTC instant");
        }
    }

    private static long epochMsSecond(String file, int line, String s) {
        long v;
        try {
            v = Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw new CandleFormatException(file, line, "open_time '" + s + "' is not an integer epoch time");
        }
        long ms = v >= 1_000_000_000_000_000L ? v / 1000 : v;
        if (ms % 1000 != 0 || ms < 0) {
            throw new CandleFormatException(file, line, "open_time " + s + " is not a whole second");
        }
        return ms / 1000;
    }

    private static BigDecimal number(String file, int line, String column, String s) {
        try {
            return new BigDecimal(s.strip());
        } catch (NumberFormatException e) {
            throw new CandleFormatException(file, line, column + " '" + s.strip() + "' is not a number");
        }
    }

    private static BigDecimal price(String file, int line, String column, String s) {
        BigDecimal p = number(file, line, column, s);
        if (p.signum() <= 0) {
            throw new CandleFormatException(file, line, column + " " + p.toPlainString() + " must be positive");
        }
        return p;
    }

    private static long ticks(String file, int line, BigDecimal price, long ticksPerUnit) {
        BigDecimal t = price.multiply(BigDecimal.valueOf(ticksPerUnit)).setScale(0, RoundingMode.HALF_UP);
        if (t.signum() <= 0 || t.compareTo(BigDecimal.valueOf(1L << 50)) > 0) {
            throw new CandleFormatException(file, line, "price " + price.toPlainString() + " is out of range at "
                    + ticksPerUnit + " ticks per unit");
        }
        return t.longValueExact();
    }
}
