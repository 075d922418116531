import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigResolver } from './cascade.js';

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'adlint-cascade-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('ConfigResolver.settingsFor, folder by folder', () => {
  it('files of a folder without globbed configs share their settings; globs anywhere up the chain still decide per file', () => {
    const dir = project({
      '.adlint.yaml': 'root: true\nplatforms: [meta]\nrules: { meta/headline-length: warning }\n',
      'plain/.adlint.yaml': 'platforms: [tiktok]\n',
      'globbed/.adlint.yaml': 'root: true\nplatforms: [meta]\nignore: ["*.draft.ad.yaml"]\noverrides:\n  - { files: ["*.tt.ad.yaml"], platforms: [tiktok] }\n',
      'globbed/deeper/.adlint.yaml': 'rules: { meta/headline-length: off }\n',
    });
    const resolver = new ConfigResolver();
    const a = resolver.settingsFor(path.join(dir, 'plain', 'a.ad.yaml'));
    const b = resolver.settingsFor(path.join(dir, 'plain', 'b.ad.yaml'));
    expect(b).toBe(a);
    expect(a).toMatchObject({ configPlatforms: ['tiktok'], rules: { 'meta/headline-length': 'warning' }, ignored: false });
    // Another folder, another object.
    expect(resolver.settingsFor(path.join(dir, 'c.ad.yaml')).configPlatforms).toEqual(['meta']);

    for (const folder of ['globbed', 'globbed/deeper']) {
      // Asked in turn, each file is judged by its own name: the first answer is not reused for the folder.
      const plainFile = resolver.settingsFor(path.join(dir, folder, 'a.ad.yaml'));
      const draft = resolver.settingsFor(path.join(dir, folder, 'x.draft.ad.yaml'));
      const tt = resolver.settingsFor(path.join(dir, folder, 'y.tt.ad.yaml'));
      const again = resolver.settingsFor(path.join(dir, folder, 'a.ad.yaml'));
      expect([plainFile.ignored, draft.ignored, tt.ignored, again.ignored]).toEqual([false, true, false, false]);
      expect([plainFile.configPlatforms, tt.configPlatforms, again.configPlatforms]).toEqual([['meta'], ['tiktok'], ['meta']]);
    }
  });
});
