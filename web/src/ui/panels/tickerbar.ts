/** Market header: last, mark, index (flagged when they decouple), funding and countdown, OI, insurance fund, clock. */
import { absFixed, divFixed, formatFixed, ONE, type Rate } from '../../calc';
import { formatGameClock, type AppState } from '../../state';
import { h, setClass, setText, stat } from '../dom';
import { tip } from '../glossary';
import type { Panel } from '../frame';
import { fmtPct, fmtPrice, fmtUsdt } from '../format';

export function tickerBar(): Panel {
  const last = stat('Last', 'ticker-last', tip('last'));
  const mark = stat('Mark', 'ticker-mark', tip('mark'));
  const index = stat('Index', 'ticker-index', tip('index'));
  const basis = h('span', { class: 'badge warn', testid: 'decoupled', hidden: true });
  const funding = stat('Funding / countdown', 'ticker-funding', tip('funding'));
  const oi = stat('Open interest', 'ticker-oi', tip('oi'));
  const fund = stat('Insurance fund', 'insurance-fund', tip('insurance'));
  const clock = stat('Game clock', 'game-clock');
  const status = h('span', { class: 'badge', testid: 'room-status' });
  const conn = h('span', { class: 'badge', testid: 'connection-status' });
  const el = h('header', { class: 'ticker-bar', testid: 'ticker' },
    h('strong', { class: 'symbol', text: 'BTCUSDT Perp' }), last.el, mark.el, index.el, basis, funding.el, oi.el, fund.el, clock.el, status, conn);
  return {
    el,
    update(s: AppState) {
      const t = s.ticker.current;
      const prev = s.ticker.previous;
      setText(last.value, fmtPrice(t?.last));
      setClass(last.value, 'pos', !!t && !!prev && t.last > prev.last);
      setClass(last.value, 'neg', !!t && !!prev && t.last < prev.last);
      setText(mark.value, fmtPrice(t?.mark));
      setText(index.value, fmtPrice(t?.index));
      if (t && t.index > 0n) {
        const gap = divFixed(t.mark - t.index, t.index) as Rate;
        const decoupled = absFixed(gap) >= ONE / 200n; // ≥ 0.5 %
        basis.hidden = !decoupled;
        setText(basis, `Mark ${gap > 0n ? 'above' : 'below'} index by ${fmtPct(absFixed(gap) as Rate)}`);
      }
      const left = t?.nextFundingSec != null ? t.nextFundingSec - s.room.gameSec : null;
      setText(funding.value, t ? `${formatFixed(t.fundingRate * 100n, 4, { plus: true })} % · ${left === null ? '--' : formatGameClock(left)}` : '--');
      setText(oi.value, t ? `${formatFixed(t.openInterest, 3)} BTC` : '--');
      setText(fund.value, t ? `${fmtUsdt(t.insuranceFund, 0)} USDT` : '--');
      const hist = s.room.histTime ?? t?.histTime ?? null;
      setText(clock.value, hist ? `${hist.replace('T', ' ').slice(0, 19)} (hist.) · +${formatGameClock(s.room.gameSec)}` : formatGameClock(s.room.gameSec));
      setText(status, s.room.status ? `${s.room.status}${s.room.speed !== 1 ? ` ×${s.room.speed}` : ''}` : '…');
      setText(conn, s.room.resyncing.length ? `resyncing ${s.room.resyncing.join(', ')}` : s.room.connection);
      setClass(conn, 'warn', s.room.connection !== 'open' || s.room.resyncing.length > 0);
    },
  };
}

export function newsBanner(): Panel {
  const text = h('span', { testid: 'news-text' });
  const el = h('div', { class: 'news', role: 'status', 'aria-live': 'polite', testid: 'news-banner', hidden: true }, h('strong', { text: 'NEWS ' }), text);
  let last: unknown = null;
  return {
    el,
    update(s) {
      const n = s.room.news[0];
      if (n === last) return;
      last = n;
      el.hidden = !n;
      setText(text, n ? n.text : '');
    },
  };
}
