#!/usr/bin/env node
// Re-lint latency of the language server (issue 24): starts the built server over stdio as an
// editor does, opens one creative, then types into it — each edit a didChange — and times from
// sending the change to receiving the diagnostics for that version. Debounce is set to 0 so the
// figure is the server's own work (an editor adds its `adlint.debounce`, 150 ms by default).
//   node bench/lsp-relint.mjs [--edits 60] [--json]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const SERVER = (() => {
  const dir = path.join(ROOT, 'packages', 'language-server');
  return path.join(dir, JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).bin['adlint-language-server']);
})();

/** Typical creatives: an English one for three global packs, a Chinese one for Ocean Engine (with the China ad-law lexicons). */
export const CREATIVES = {
  'global (google-ads, meta, tiktok)': {
    name: 'global.ad.yaml',
    text: `name: Linen shirts — spring
platforms: [google-ads, meta, tiktok]
placement: feed
locale: en-US
landing_url: https://shop.example.com/spring-linen
copy:
  headlines:
    - Spring Linen Shirts
    - Breathable European Flax
    - Twelve Colours, XS to 3XL
    - Free 30-Day Returns
  descriptions:
    - Light, breathable linen shirts in twelve colours. Order by Friday.
    - Easy returns within 30 days on every order.
  primary_text: Our linen shirts are woven from European flax and washed for softness. The best shirt for hot days!!
  cta: Shop now
`,
  },
  'Chinese (oceanengine + china-ad-law)': {
    name: 'douyin.ad.yaml',
    text: `name: 亚麻衬衫 春季
platforms: [oceanengine]
placement: feed
locale: zh-CN
landing_url: https://shop.example.cn/linen
copy:
  title: 春季亚麻衬衫 透气舒适 十二种颜色可选
  description: 欧洲亚麻面料，水洗柔软，夏天穿最舒服的衬衫，全网最低价！
`,
  },
};

export async function measureRelint(creative, edits) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'adlint-lsp-bench-'));
  fs.writeFileSync(path.join(dir, '.adlint.yaml'), 'root: true\n');
  const child = spawn(process.execPath, [SERVER, '--stdio'], { cwd: dir, stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiting = new Map();
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    const done = waiting.get(p.version);
    if (done) {
      waiting.delete(p.version);
      done(p);
    }
  });
  connection.onRequest('client/registerCapability', () => null);
  connection.listen();
  const uri = pathToFileURL(path.join(dir, creative.name)).href;
  const published = (version) => new Promise((resolve) => waiting.set(version, resolve));
  try {
    await connection.sendRequest('initialize', { processId: process.pid, rootUri: pathToFileURL(dir).href, capabilities: {}, initializationOptions: { debounce: 0 } });
    await connection.sendNotification('initialized', {});
    const started = performance.now();
    const first = published(1);
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: creative.text } });
    const opened = await first;
    const firstMs = performance.now() - started;
    const samples = [];
    for (let version = 2; version < edits + 2; version++) {
      // One keystroke: a letter typed at the end of the first copy line, or taken away again.
      const text = version % 2 === 0 ? creative.text.replace('\ncopy:\n', '\ncopy:\n  # x\n') : creative.text;
      const got = published(version);
      const t0 = performance.now();
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
      await got;
      samples.push(performance.now() - t0);
    }
    samples.sort((a, b) => a - b);
    const at = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
    return { firstMs, diagnostics: opened.diagnostics.length, edits, medianMs: at(0.5), p90Ms: at(0.9), minMs: samples[0], maxMs: samples[samples.length - 1] };
  } finally {
    await connection.sendRequest('shutdown').catch(() => {});
    child.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const i = process.argv.indexOf('--edits');
  const edits = i > 0 ? Number(process.argv[i + 1]) : 60;
  const out = {};
  for (const [label, creative] of Object.entries(CREATIVES)) out[label] = await measureRelint(creative, edits);
  if (process.argv.includes('--json')) console.log(JSON.stringify(out));
  else for (const [label, r] of Object.entries(out)) console.log(`${label}: first lint ${r.firstMs.toFixed(0)} ms (${r.diagnostics} diagnostics); re-lint median ${r.medianMs.toFixed(1)} ms, p90 ${r.p90Ms.toFixed(1)} ms, ${r.minMs.toFixed(1)}–${r.maxMs.toFixed(1)} ms over ${r.edits} edits`);
}
