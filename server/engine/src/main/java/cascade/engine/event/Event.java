package cascade.engine.event;

/** Outputs of {@link cascade.engine.market.Market#apply}: past-tense facts. Rejections are events too. */
public sealed interface Event permits CommandRejected, OrderAccepted, OrderCanceled, OrderAmended, TradeExecuted,
        BookDelta, MarkPriceChanged, FundingSettled, FundingPaid, AccountUpdated, MarginCallIssued,
        PositionLiquidated, InsuranceFundChanged, PositionAutoDeleveraged, SocializedLossRecorded,
        TradingHalted, TradingResumed, RiskRulesChanged {
}
