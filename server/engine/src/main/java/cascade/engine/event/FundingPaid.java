package cascade.engine.event;

/** One account's funding: negative = paid, positive = received. */
public record FundingPaid(long accountId, long amountMicros, long rateE8) implements Event {
}
