#!/usr/bin/env node
// Layer rule of the web client (STYLE.md: protocol → net → state → ui). Fails the build when a file imports
// a layer it must not, imports a package its layer may not use, or touches I/O outside net/app.
// Layers and what each may import (besides itself):
//   protocol: —                       typed messages, decimal strings
//   calc:     —                       pure calculators (exact fixed point)
//   net:      protocol                socket, REST, seq tracking
//   state:    protocol, calc          pure reducers
//   ui:       protocol, calc, state   panels; talks to the server only through ports the app passes in
//   app:      everything              wiring (the only place net meets ui)
//   src/main.ts: app
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'src');
const ALLOWED = {
  protocol: [],
  calc: [],
  net: ['protocol'],
  state: ['protocol', 'calc'],
  ui: ['protocol', 'calc', 'state'],
  app: ['protocol', 'calc', 'net', 'state', 'ui'],
  '': ['app'],
};
const PACKAGES = { ui: ['lightweight-charts', 'qrcode-generator'] };
// I/O that only net and app may perform (ui renders, it does not talk to the server or storage itself).
const IO = /\bnew\s+WebSocket\b|\bfetch\s*\(|\blocalStorage\b|\bsessionStorage\b|\bXMLHttpRequest\b/;
const DOM = /\bdocument\.|\bwindow\.|\brequestAnimationFrame\b/;

const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (/\.(ts|tsx|mts)$/.test(name)) files.push(p);
  }
})(root);

// The layer is the first folder under src/ ('' for files directly in src/); an import of "../state" names the folder.
const layerOf = (path) => {
  const first = relative(root, path).split(sep)[0];
  const dir = join(root, first);
  return existsSync(dir) && statSync(dir).isDirectory() ? first : '';
};
const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)/gm;

const problems = [];
for (const file of files) {
  const layer = layerOf(file);
  const rel = relative(resolve(root, '..'), file);
  if (!(layer in ALLOWED)) {
    problems.push(`${rel}: unknown layer "${layer}" (add it to scripts/check-layers.mjs)`);
    continue;
  }
  const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (spec.startsWith('.')) {
      const target = layerOf(resolve(dirname(file), spec));
      if (target !== layer && !ALLOWED[layer].includes(target)) {
        problems.push(`${rel}: layer "${layer || 'src'}" must not import "${target || 'src'}" (${spec})`);
      }
    } else if (!(PACKAGES[layer] ?? []).some((p) => spec === p || spec.startsWith(p + '/'))) {
      problems.push(`${rel}: layer "${layer || 'src'}" must not import package "${spec}"`);
    }
  }
  if (['protocol', 'calc', 'state', 'ui'].includes(layer) && IO.test(text)) {
    problems.push(`${rel}: layer "${layer}" must not do network or storage I/O (only net/ and app/ do)`);
  }
  if (['protocol', 'calc', 'state', 'net'].includes(layer) && DOM.test(text)) {
    problems.push(`${rel}: layer "${layer}" must not touch the DOM`);
  }
}

if (problems.length) {
  console.error(`Layer check failed (${problems.length}):\n  ` + problems.join('\n  '));
  process.exit(1);
}
console.log(`Layer check: ${files.length} files OK (protocol → net → state → ui; calc pure; app wires).`);
