package cascade.engine.book;

/** Receives aggregated price levels from {@link OrderBook#forEachLevel}, best first. */
@FunctionalInterface
public interface LevelVisitor {
    /** Returns false to stop the walk. */
    boolean visit(long priceTicks, long totalLots);
}
