package cascade.game.feed.candle;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Prices at 10 ticks per USDT (tick 0.1). */
class CandleCsvTest {
    // 2024-01-01T00:00:00Z = 1704067200000 ms; three official-export rows, 60 s apart
    private static final String BINANCE_ROWS = """
            1704067200000,42283.58,42554.57,42261.02,42475.23,1271.68108,1704067259999,53957248.15,47134,682.57581,28957416.82,0
            1704067260000,42475.23,42775.00,42431.65,42613.56,1196.37856,1704067319999,50984893.82,44729,712.79163,30376033.80,0
            1704067320000,42613.57,42638.00,42493.01,42525.87,781.60012,1704067379999,33256963.09,33135,373.25401,15880989.86,0
            """;

    @Test
    void loadsTheBuiltInProjectFilesFromTheClasspath() {
        CandleSeries s = CandleCsv.loadBuiltIn("btc_1m_2020-03-12.csv", 10);
        assertThat(s.size()).isEqualTo(2161);
        assertThat(s.get(0)).isEqualTo(new Candle(Instant.parse("2020-03-12T00:00:00Z").getEpochSecond(),
                79_384, 79_605, 79_384, 79_544)); // 7938.38 → 79383.8 → half-up 79384
        for (String f : CandleCsv.BUILT_IN) {
            assertThat(CandleCsv.loadBuiltIn(f, 10).size()).as(f).isGreaterThan(300);
        }
    }

    @Test
    void markPriceDecimalsRoundHalfUpToTheTick() {
        CandleSeries s = CandleCsv.loadBuiltIn("btc_markprice_1m_2025-10-10_binance-coinm.csv", 10);
        // 117613.02963512 → 1,176,130.296… → 1,176,130; 117549.08890091 → 1,175,490.889… → 1,175,491
        assertThat(s.get(0).highTicks()).isEqualTo(1_176_130);
        assertThat(s.get(0).lowTicks()).isEqualTo(1_175_491);
    }

    @Test
    void loadsBinanceKlinesWithAndWithoutHeader() {
        String header = "open_time,open,high,low,close,volume,close_time,quote_volume,count,taker_buy_volume,"
                + "taker_buy_quote_volume,ignore\n";
        CandleSeries plain = CandleCsv.load("k.csv", new StringReader(BINANCE_ROWS), CsvLayout.AUTO, 10);
        CandleSeries withHeader = CandleCsv.load("k.csv", new StringReader(header + BINANCE_ROWS), CsvLayout.BINANCE, 10);
        assertThat(plain.candles()).isEqualTo(withHeader.candles());
        assertThat(plain.size()).isEqualTo(3);
        assertThat(plain.get(1)).isEqualTo(new Candle(1_704_067_260L, 424_752, 427_750, 424_317, 426_136));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "bad number    | 2020-03-12T00:01:00Z,7954.32,x,7952.13,7957.27,1        | bad.csv line 3: high 'x' is not a number",
            "low above     | 2020-03-12T00:01:00Z,7954.32,7963.55,7955.00,7957.27,1  | bad.csv line 3: low 7955.00 is above open/close 7954.32",
            "high below    | 2020-03-12T00:01:00Z,7954.32,7956.00,7952.13,7957.27,1  | bad.csv line 3: high 7956.00 is below open/close 7957.27",
            "gap           | 2020-03-12T00:03:00Z,7954.32,7963.55,7952.13,7957.27,1  | bad.csv line 3: gap: 2 minute(s) missing after 2020-03-12T00:00:00Z",
            "not after     | 2020-03-12T00:00:00Z,7954.32,7963.55,7952.13,7957.27,1  | bad.csv line 3: time 2020-03-12T00:00:00Z is not after the previous row's 2020-03-12T00:00:00Z",
            "columns       | 2020-03-12T00:01:00Z,7954.32,7963.55,7952.13,7957.27     | bad.csv line 3: expected 6 columns (PROJECT layout), got 5",
            "bad time      | 2020-03-12 00:01,7954.32,7963.55,7952.13,7957.27,1      | bad.csv line 3: ts_utc '2020-03-12 00:01' is not an ISO-8601 UTC instant",
            "negative vol  | 2020-03-12T00:01:00Z,7954.32,7963.55,7952.13,7957.27,-1 | bad.csv line 3: volume -1 is negative",
            "zero price    | 2020-03-12T00:01:00Z,0,7963.55,7952.13,7957.27,1        | bad.csv line 3: open 0 must be positive",
            "off minute    | 2020-03-12T00:01:30Z,7954.32,7963.55,7952.13,7957.27,1  | bad.csv line 3: open time 2020-03-12T00:01:30Z is not on a minute boundary"})
    void malformedRowsNameFileLineAndProblem(String name, String badRow, String message) {
        String csv = "ts_utc,open,high,low,close,volume\n"
                + "2020-03-12T00:00:00Z,7938.39,7960.52,7938.38,7954.40,420.415\n"
                + badRow + "\n";
        assertThatThrownBy(() -> CandleCsv.load("bad.csv", new StringReader(csv), CsvLayout.AUTO, 10))
                .isInstanceOf(CandleFormatException.class)
                .hasMessage(message)
                .extracting(e -> ((CandleFormatException) e).line()).isEqualTo(3);
    }

    @Test
    void unknownHeaderAndLayoutMismatchAreReported() {
        assertThatThrownBy(() -> CandleCsv.load("h.csv", new StringReader("time,o,h,l,c\n"), CsvLayout.AUTO, 10))
                .hasMessageStartingWith("h.csv line 1: unknown header 'time,o,h,l,c'");
        assertThatThrownBy(() -> CandleCsv.load("k.csv", new StringReader(BINANCE_ROWS), CsvLayout.PROJECT, 10))
                .hasMessage("k.csv line 1: expected 6 columns (PROJECT layout), got 12");
        assertThatThrownBy(() -> CandleCsv.load("e.csv", new StringReader(""), CsvLayout.AUTO, 10))
                .hasMessage("e.csv line 0: no candles");
    }
}
