package cascade.engine.event;

/** Emitted at a tick when the index or mark changed. Candidates as in RULES.md "Mark price". */
public record MarkPriceChanged(long gameTimeNanos, long markTicks, long indexTicks, long lastTicks, long price1Ticks, long price2Ticks, long fundingRateE8, long nextFundingNanos) implements Event {
}
