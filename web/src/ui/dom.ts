/** Tiny DOM helpers: element creation with attributes, and text/attribute setters that skip no-op writes. */
export type Child = Node | string | null | undefined | false;
export interface Attrs {
  readonly [name: string]: string | number | boolean | undefined | ((ev: Event) => void);
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (typeof v === 'function') el.addEventListener(k.replace(/^on/, '').toLowerCase(), v);
    else if (k === 'class') el.className = String(v);
    else if (k === 'testid') el.dataset['testid'] = String(v);
    else if (k === 'text') el.textContent = String(v);
    else if (v === true) el.setAttribute(k, '');
    else el.setAttribute(k, String(v));
  }
  append(el, ...children);
  return el;
}

export function append(el: Element, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
}

/** Sets text only when it changed (avoids layout work on unchanged cells at 10 updates/s). */
export function setText(el: Element, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

export function setClass(el: Element, cls: string, on: boolean): void {
  if (el.classList.contains(cls) !== on) el.classList.toggle(cls, on);
}

export function setAttr(el: Element, name: string, value: string | null): void {
  if (value === null) {
    if (el.hasAttribute(name)) el.removeAttribute(name);
  } else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
}

/** A titled panel box. */
export function panel(title: string, testid: string, ...children: Child[]): HTMLElement {
  return h('section', { class: 'panel', testid, 'aria-label': title }, h('h2', { class: 'panel-title', text: title }), ...children);
}

/** A labelled value cell ("Mark 50,012.3"). */
export function stat(label: string, testid: string, tooltip?: HTMLElement): { el: HTMLElement; value: HTMLElement } {
  const value = h('span', { class: 'stat-value', testid });
  const el = h('div', { class: 'stat' }, h('span', { class: 'stat-label' }, label, tooltip ?? null), value);
  return { el, value };
}
