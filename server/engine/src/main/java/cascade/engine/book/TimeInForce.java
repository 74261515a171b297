package cascade.engine.book;

/** How long the unfilled part of an incoming limit order lives. */
public enum TimeInForce {
    /** Good till cancelled: the remainder rests in the book. */
    GTC,
    /** Immediate or cancel: the remainder is dropped. */
    IOC,
    /** Fill or kill: executes in full on arrival or not at all. */
    FOK,
    /** Maker only: rejected if it would match on arrival, otherwise rests. */
    POST_ONLY
}
