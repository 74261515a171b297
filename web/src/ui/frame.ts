/**
 * Batched rendering: store changes mark the screen dirty; one animation frame renders every panel with the
 * latest state. Panels compare the slices they draw by identity and skip untouched DOM.
 */
import type { AppState, Store } from '../state';

export interface Panel {
  readonly el: HTMLElement;
  update(s: AppState): void;
  destroy?(): void;
}

export function bindPanels(store: Store, panels: readonly Panel[]): () => void {
  let scheduled = 0;
  const render = () => {
    scheduled = 0;
    const s = store.getState();
    for (const p of panels) p.update(s);
  };
  const unsubscribe = store.subscribe(() => {
    if (!scheduled) scheduled = requestAnimationFrame(render);
  });
  render();
  return () => {
    unsubscribe();
    if (scheduled) cancelAnimationFrame(scheduled);
    for (const p of panels) p.destroy?.();
  };
}

/** Memo helper: runs `f` only when the selected value changed identity. */
export function onChange<T>(select: (s: AppState) => T, f: (v: T, s: AppState) => void): (s: AppState) => void {
  let last: T | typeof UNSET = UNSET;
  return (s) => {
    const v = select(s);
    if (v === last) return;
    last = v;
    f(v, s);
  };
}
const UNSET = Symbol('unset');
