package cascade.game.feed.candle;

/** Column layouts {@link CandleCsv} accepts. */
public enum CsvLayout {
    /** Detect from the header or the first data row. */
    AUTO,
    /** The project's {@code ts_utc,open,high,low,close,volume}, ISO-8601 UTC open times, header optional. */
    PROJECT,
    /**
     * Binance's official kline export: {@code open_time, open, high, low, close, volume, close_time,
     * quote_volume, count, taker_buy_volume, taker_buy_quote_volume, ignore}; open time in epoch milliseconds
     * (values ≥ 10^15 are read as microseconds, as in Binance's newer spot exports); header optional.
     */
    BINANCE
}
