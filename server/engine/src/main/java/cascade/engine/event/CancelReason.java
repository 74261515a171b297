package cascade.engine.event;

public enum CancelReason { USER, IOC_REMAINDER, SELF_TRADE, LIQUIDATION, AUTO_DELEVERAGE, RESET, REDUCE_ONLY }
