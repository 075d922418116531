import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readSettings } from '../packages/language-server/src/server.js';
import { repoRoot } from './helpers/cli.js';

const extensionDir = path.join(repoRoot, 'packages/vscode');

/** The entries of a zip file (a .vsix), by name, inflated. */
function unzip(buf: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const extra = buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataAt = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(dataAt, dataAt + size);
    out.set(name, method === 8 ? inflateRawSync(data) : data);
    at += 46 + nameLength + extra;
  }
  return out;
}

describe('VS Code extension', () => {
  it('packages as a .vsix with the official tool, offline, holding the bundled client and its manifest', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'adlint-vsix-')), 'adlint.vsix');
    const r = spawnSync(process.execPath, ['scripts/package.mjs', '--out', out], { cwd: extensionDir, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const entries = unzip(readFileSync(out));
    expect([...entries.keys()].sort()).toEqual(['[Content_Types].xml', 'extension.vsixmanifest', 'extension/dist/extension.js', 'extension/package.json', 'extension/readme.md']);
    expect(entries.get('extension.vsixmanifest')!.toString()).toMatch(/<Identity [^>]*Id="adlint-vscode"[^>]*Publisher="adlint"/);
    // The language client is bundled in; `vscode` is the editor's own.
    const main = entries.get('extension/dist/extension.js')!.toString();
    expect(main).toContain('require("vscode")');
    expect(main).not.toMatch(/require\("vscode-languageclient/);
  });

  it('offers settings the server understands, with the server\'s defaults', () => {
    const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'package.json'), 'utf8')) as {
      contributes: { configuration: { properties: Record<string, { default: unknown }> } };
    };
    const forServer = Object.entries(manifest.contributes.configuration.properties).filter(([key]) => !/^adlint\.(server|trace)\./.test(key));
    const values = Object.fromEntries(forServer.map(([key, p]) => [key.slice('adlint.'.length), p.default]));
    expect(Object.keys(values).sort()).toEqual(['config', 'debounce', 'enable', 'platforms']);
    expect(readSettings(values)).toEqual({ enable: true, platforms: [], config: null, debounce: 150 });
  });
});
