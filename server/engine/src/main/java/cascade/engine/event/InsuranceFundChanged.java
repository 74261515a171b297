package cascade.engine.event;

/** The insurance fund's balance moved. */
public record InsuranceFundChanged(long balanceMicros, long deltaMicros, FundChangeReason reason, long liquidationId) implements Event {
}
