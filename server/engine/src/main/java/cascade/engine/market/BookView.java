package cascade.engine.market;

/** L2 top of book: parallel arrays from the best price outward; {@code seq} = last BookDelta sequence. */
public record BookView(long seq, long[] bidPrices, long[] bidLots, long[] askPrices, long[] askLots) {
}
