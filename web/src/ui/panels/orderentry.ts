/**
 * Order entry: market/limit, size in BTC or USDT, leverage slider capped by the bracket for the size,
 * isolated/cross, reduce-only; shows notional, required margin and the resulting liquidation price before
 * sending (all from src/calc, exact).
 */
import {
  divFixed, divRound, liquidationPrice, maxLeverageFor, notional, parseFixed, rate, requiredMargin, toWire,
  type Price, type Qty, type Usdt,
} from '../../calc';
import type { MarginMode, OrderType, PriceStr, QtyStr, TakerSide } from '../../protocol';
import { bestAsk, bestBid, type AppState } from '../../state';
import { h, panel, setText } from '../dom';
import type { Panel } from '../frame';
import { fmtLiq, fmtUsdt } from '../format';
import { tip } from '../glossary';

export interface OrderRequest {
  readonly side: TakerSide;
  readonly orderType: OrderType;
  readonly price?: PriceStr;
  readonly qty: QtyStr;
  readonly reduceOnly: boolean;
  readonly leverage: number;
  readonly marginMode: MarginMode;
}

const LOT = 100_000n; // 0.001 BTC at scale 10^8
const TAKER = rate('0.0005');
const MAKER = rate('0.0002');

function parseOr(v: string): bigint | null {
  try {
    return v.trim() === '' ? null : parseFixed(v);
  } catch {
    return null;
  }
}

export function orderEntryPanel(submit: (o: OrderRequest) => Promise<string>): Panel {
  let side: TakerSide = 'BUY';
  const buy = h('button', { type: 'button', class: 'btn side buy active', testid: 'side-buy', 'aria-pressed': 'true' }, 'BUY / LONG');
  const sell = h('button', { type: 'button', class: 'btn side sell', testid: 'side-sell', 'aria-pressed': 'false' }, 'SELL / SHORT');
  const type = h('select', { id: 'oe-type', testid: 'order-type' }, h('option', { value: 'LIMIT', text: 'Limit' }), h('option', { value: 'MARKET', text: 'Market' }));
  const priceIn = h('input', { id: 'oe-price', testid: 'order-price', inputmode: 'decimal', autocomplete: 'off', placeholder: 'price' });
  const sizeIn = h('input', { id: 'oe-size', testid: 'order-size', inputmode: 'decimal', autocomplete: 'off', placeholder: '0.010' });
  const unit = h('select', { id: 'oe-unit', testid: 'order-unit', 'aria-label': 'Size unit' }, h('option', { value: 'BTC', text: 'BTC' }), h('option', { value: 'USDT', text: 'USDT' }));
  const lev = h('input', { id: 'oe-lev', type: 'range', min: 1, max: 125, value: 10, step: 1, testid: 'order-leverage' });
  const levOut = h('output', { for: 'oe-lev', testid: 'order-leverage-value' });
  const mode = h('select', { id: 'oe-mode', testid: 'order-margin-mode' }, h('option', { value: 'ISOLATED', text: 'Isolated' }), h('option', { value: 'CROSS', text: 'Cross' }));
  const ro = h('input', { id: 'oe-ro', type: 'checkbox', testid: 'order-reduce-only' });
  const notionalOut = h('span', { testid: 'order-notional' });
  const marginOut = h('span', { testid: 'order-required-margin' });
  const liqOut = h('span', { testid: 'order-liq-price' });
  const maxLevOut = h('span', { testid: 'order-max-leverage' });
  const msg = h('p', { class: 'oe-msg', role: 'status', 'aria-live': 'polite', testid: 'order-message' });
  const send = h('button', { type: 'submit', class: 'btn primary', testid: 'order-submit' }, 'Place order');
  const form = h('form', { class: 'order-entry', 'aria-label': 'Order entry' },
    h('div', { class: 'seg' }, buy, sell),
    h('label', { for: 'oe-type' }, 'Type'), type,
    h('label', { for: 'oe-price' }, 'Price (USDT)'), priceIn,
    h('label', { for: 'oe-size' }, 'Size'), h('div', { class: 'row' }, sizeIn, unit),
    h('label', { for: 'oe-lev' }, 'Leverage'), h('div', { class: 'row' }, lev, levOut),
    h('label', { for: 'oe-mode' }, 'Margin'), mode,
    h('label', { class: 'check' }, ro, ' Reduce-only'),
    h('dl', { class: 'preview' },
      h('dt', { text: 'Notional' }), h('dd', {}, notionalOut),
      h('dt', { text: 'Required margin' }), h('dd', {}, marginOut),
      h('dt', {}, 'Est. liq. price ', tip('liquidation')), h('dd', {}, liqOut),
      h('dt', { text: 'Max leverage for size' }), h('dd', {}, maxLevOut)),
    send, msg);
  const el = panel('Order entry', 'order-entry', form);

  let last: AppState | null = null;
  let pricePrefilled = false;
  const setSide = (s: TakerSide) => {
    side = s;
    buy.classList.toggle('active', s === 'BUY');
    sell.classList.toggle('active', s === 'SELL');
    buy.setAttribute('aria-pressed', String(s === 'BUY'));
    sell.setAttribute('aria-pressed', String(s === 'SELL'));
    send.textContent = s === 'BUY' ? 'Buy / Long' : 'Sell / Short';
    if (last) preview(last);
  };
  buy.addEventListener('click', () => setSide('BUY'));
  sell.addEventListener('click', () => setSide('SELL'));

  /** The price the order would fill at: the limit, or best opposite level, or mark. */
  function refPrice(s: AppState): Price | null {
    if (type.value === 'LIMIT') return parseOr(priceIn.value) as Price | null;
    return (side === 'BUY' ? bestAsk(s.book) : bestBid(s.book)) ?? s.ticker.current?.mark ?? null;
  }
  function orderQty(p: Price | null): Qty | null {
    const v = parseOr(sizeIn.value);
    if (v === null || v <= 0n) return null;
    if (unit.value === 'BTC') return (divRound(v, LOT, 'down') * LOT) as Qty;
    if (!p || p <= 0n) return null;
    return (divRound(divFixed(v, p, 'down'), LOT, 'down') * LOT) as Qty;
  }

  function preview(s: AppState): void {
    last = s;
    const p = refPrice(s);
    const q = orderQty(p);
    priceIn.disabled = type.value === 'MARKET';
    if (!p || !q || q <= 0n) {
      setText(notionalOut, '--');
      setText(marginOut, '--');
      setText(liqOut, '--');
      lev.max = '125';
      setText(maxLevOut, '125×');
      setText(levOut, `${lev.value}×`);
      return;
    }
    const n = notional(p, q);
    const maxLev = maxLeverageFor(n);
    lev.max = String(maxLev);
    if (Number(lev.value) > maxLev) lev.value = String(maxLev);
    const leverage = Number(lev.value);
    setText(levOut, `${leverage}×`);
    setText(maxLevOut, `${maxLev}×`);
    const rm = requiredMargin({ qty: q, price: p, leverage, feeRate: type.value === 'MARKET' ? TAKER : MAKER });
    setText(notionalOut, `${fmtUsdt(rm.notional)} USDT`);
    setText(marginOut, ro.checked ? '0 (reduce-only)' : `${fmtUsdt(rm.initialMargin)} + fee ${fmtUsdt(rm.fee)} USDT`);
    // Resulting position: same-side additions average the entry; isolated margin adds the new initial margin.
    const pos = s.account.position;
    const cur = pos?.size ?? 0n;
    const signed = side === 'BUY' ? q : -q;
    const after = cur + signed;
    if (ro.checked || (cur !== 0n && (cur > 0n) !== (signed > 0n))) {
      setText(liqOut, ro.checked ? '-- (reduces)' : '-- (reduces / flips)');
      return;
    }
    const curAbs = cur < 0n ? -cur : cur;
    const entry = cur === 0n ? p : (((curAbs * (pos?.entryPrice ?? p) + q * p) / (curAbs + q)) as Price);
    const isolated = mode.value === 'ISOLATED';
    const wallet = (isolated ? (pos?.isolatedMargin ?? 0n) + rm.initialMargin : (s.account.account?.wallet ?? rm.initialMargin)) as Usdt;
    const r = liquidationPrice({ side: after > 0n ? 'LONG' : 'SHORT', qty: (after < 0n ? -after : after) as Qty, entryPrice: entry, wallet, mode: isolated ? 'ISOLATED' : 'CROSS' });
    setText(liqOut, `${fmtLiq(r.liquidationPrice)}${r.bracket > 1 ? ` (bracket ${r.bracket})` : ''}`);
  }

  for (const i of [priceIn, sizeIn, lev, ro]) i.addEventListener('input', () => last && preview(last));
  for (const i of [type, unit, mode]) i.addEventListener('change', () => last && preview(last));

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    if (!last) return;
    const p = refPrice(last);
    const q = orderQty(p);
    if (!q || q <= 0n) {
      setText(msg, 'Enter a size of at least 0.001 BTC.');
      return;
    }
    if (type.value === 'LIMIT' && (!p || p <= 0n)) {
      setText(msg, 'Enter a limit price.');
      return;
    }
    send.disabled = true;
    setText(msg, 'Sending…');
    const tick = 10_000_000n; // 0.1
    const req: OrderRequest = {
      side, orderType: type.value as OrderType, qty: toWire(q, 3) as QtyStr, reduceOnly: ro.checked, leverage: Number(lev.value),
      marginMode: mode.value as MarginMode,
      ...(type.value === 'LIMIT' && p ? { price: toWire((divRound(p, tick, 'halfUp') * tick) as bigint, 1) as PriceStr } : {}),
    };
    submit(req).then((t) => setText(msg, t), (e: unknown) => setText(msg, String(e instanceof Error ? e.message : e))).finally(() => {
      send.disabled = false;
    });
  });

  return {
    el,
    update(s) {
      // suggest the last price once; a price the user cleared stays cleared
      if (!pricePrefilled && s.ticker.current) {
        pricePrefilled = true;
        if (!priceIn.value) priceIn.value = toWire(s.ticker.current.last, 1);
      }
      if (s !== last) preview(s);
    },
  };
}
