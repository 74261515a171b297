/** QR code of the join URL, encoded locally (qrcode-generator, MIT, bundled) and drawn on a canvas. */
import qrcode from 'qrcode-generator';
import { h } from '../dom';

export function qrCanvas(text: string, size = 320): HTMLCanvasElement {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const n = qr.getModuleCount();
  const quiet = 4;
  const cell = Math.max(2, Math.floor(size / (n + 2 * quiet)));
  const px = cell * (n + 2 * quiet);
  const canvas = h('canvas', { width: px, height: px, class: 'qr', testid: 'join-qr', role: 'img', 'aria-label': `QR code for ${text}` });
  const ctx = canvas.getContext('2d');
  if (!ctx) return canvas;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, px, px);
  ctx.fillStyle = '#000';
  for (let r = 0; r < n; r++) {
    for (let c = 0; c < n; c++) if (qr.isDark(r, c)) ctx.fillRect((c + quiet) * cell, (r + quiet) * cell, cell, cell);
  }
  return canvas;
}
