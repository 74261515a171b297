/** Glossary terms shown as tooltips on the trading and briefing screens. */
import { h } from './dom';

export const GLOSSARY = {
  mark: ['Mark price', 'The fair price the exchange uses for unrealised PnL and liquidations: a median of the index-based prices and the last trade. It moves less on single trades than the last price, so a wick alone does not liquidate you.'],
  last: ['Last price', 'The price of the most recent trade on this book. Forced (liquidation) orders move it first; the mark follows at the next tick.'],
  index: ['Index price', 'The spot reference from several venues, combined by a median with outlier rules. Mark and index can come apart when feeds fail or decouple.'],
  liquidation: ['Liquidation price', 'The mark price at which your margin balance falls to the maintenance margin (margin ratio 100 %). The exchange then takes over your position.'],
  bankruptcy: ['Bankruptcy price', 'The price at which your margin is exactly zero. The liquidation order is sent at this price; anything better goes to the insurance fund, anything worse is a loss for it.'],
  marginRatio: ['Margin ratio', 'Maintenance margin ÷ margin balance. At 100 % you are liquidated.'],
  insurance: ['Insurance fund', 'Collects what is left of liquidated margin and pays for liquidations filled worse than bankruptcy. When it cannot, ADL starts.'],
  adl: ['Auto-deleveraging (ADL)', 'The last resort: profitable traders on the other side are closed at the bankruptcy price of a liquidated position. The lights show your place in the queue (more lit = closed earlier).'],
  funding: ['Funding rate', 'Paid between longs and shorts every funding interval to keep the perpetual near the index: positive means longs pay shorts.'],
  oi: ['Open interest', 'Total size of open positions (one side). Rising OI means new positions; falling OI means closes — or liquidations.'],
  estMap: ['Estimated liquidation map', 'A model from public data only, like analytics sites: each rise in open interest is assumed to be opened at 10×/25×/50×/100× (40/30/20/10 %). Actual positions are unknown; treat it as a guess.'],
} as const;
export type GlossaryKey = keyof typeof GLOSSARY;

/** A focusable "?" with the definition as tooltip (hover or keyboard focus). */
export function tip(key: GlossaryKey): HTMLElement {
  const [term, text] = GLOSSARY[key];
  return h('span', { class: 'tip', tabindex: 0, role: 'note', 'aria-label': `${term}: ${text}`, 'data-tip': text }, '?');
}

export function glossaryList(): HTMLElement {
  return h('dl', { class: 'glossary', testid: 'glossary' }, ...Object.values(GLOSSARY).flatMap(([term, text]) => [h('dt', { text: term }), h('dd', { text })]));
}
