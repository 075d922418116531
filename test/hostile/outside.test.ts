import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { adlint, tempProject } from '../helpers/cli.js';
import { tinyPng } from '../fixtures/bad-media.mjs';
import { testPack } from '../helpers/packs.js';

const DEADLINE = 20_000;
const SECRET = 'TOP-SECRET-LINE';

/** A folder outside every test project, holding a secret text and a readable image. */
function outside(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'adlint-outside-'));
  writeFileSync(path.join(dir, 'secret.yaml'), `${SECRET}: [\n`);
  writeFileSync(path.join(dir, 'secret.ad.yaml'), `${SECRET}: 1\n`);
  writeFileSync(path.join(dir, 'x.png'), tinyPng());
  return dir;
}

const IMAGE_PACK = testPack(`  - { id: img, check: image, severity: error, applies: { roles: [main] }, formats: [jpeg], message: "{{problem}}", source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }
`);

describe('paths outside the project are not read unless --allow-outside-project', () => {
  it.each([
    ['a relative media path', (o: string, dir: string) => path.relative(dir, path.join(o, 'x.png'))],
    ['an absolute media path', (o: string) => path.join(o, 'x.png')],
    ['a link inside the project to an outside image', (o: string, dir: string) => (symlinkSync(path.join(o, 'x.png'), path.join(dir, 'link.png')), 'link.png')],
  ])('%s: reported at the path, no thumbnail in the html report', (_name, name) => {
    const o = outside();
    const dir = tempProject({ '.adlint.yaml': 'packs: [p.yaml]\nplatforms: [p]\n', 'p.yaml': IMAGE_PACK });
    const written = name(o, dir);
    writeFileSync(path.join(dir, 'a.ad.yaml'), `media:\n  - { path: ${JSON.stringify(written)}, role: main }\n`);
    const r = adlint(['a.ad.yaml', '--format', 'json'], { cwd: dir, timeout: DEADLINE });
    const messages = (JSON.parse(r.stdout) as { messages: { field: string; message: string }[] }[])[0]!.messages;
    expect(messages.map((m) => m.field)).toEqual(['media[0].path']);
    expect(messages[0]!.message).toMatch(/is outside the project .*--allow-outside-project/);
    const html = adlint(['a.ad.yaml', '--format', 'html'], { cwd: dir, timeout: DEADLINE });
    expect(html.stdout).not.toContain('data:image/webp');
    // Opted in, the image is read: the finding is about its format.
    const opted = adlint(['a.ad.yaml', '--format', 'json', '--allow-outside-project'], { cwd: dir, timeout: DEADLINE });
    expect(opted.stdout).toMatch(/PNG/);
    expect(opted.stdout).not.toMatch(/outside the project/);
  });

  it('the opt-in holds on worker threads too: a pooled run reports what a one-thread run does', () => {
    const o = outside();
    writeFileSync(path.join(o, 'theirs.ad.yaml'), 'platforms: [meta]\ncopy: { primary_text: "" }\n');
    const files: Record<string, string> = {};
    // Enough files that both threads get batches; the one linking outside comes last.
    for (let i = 0; i < 40; i++) files[`a${String(i).padStart(2, '0')}.ad.yaml`] = 'platforms: [meta]\ncopy: { primary_text: Linen shirts }\n';
    const dir = tempProject(files);
    symlinkSync(path.join(o, 'theirs.ad.yaml'), path.join(dir, 'z.ad.yaml'));
    // Named as a shell's `*.ad.yaml` names them: a folder walk does not follow links.
    const names = [...Object.keys(files), 'z.ad.yaml'];
    for (const opt of [[], ['--allow-outside-project']]) {
      const one = adlint([...names, '--format', 'json', '--concurrency', 'off', ...opt], { cwd: dir, timeout: DEADLINE });
      const pooled = adlint([...names, '--format', 'json', '--concurrency', '2', ...opt], { cwd: dir, timeout: DEADLINE });
      expect(pooled.stdout).toBe(one.stdout);
      expect(one.stdout.includes('outside the project')).toBe(opt.length === 0);
    }
  });

  it('a creative passed by name that links outside is not read: its lines are never printed', () => {
    const o = outside();
    const dir = tempProject({});
    symlinkSync(path.join(o, 'secret.ad.yaml'), path.join(dir, 'c.ad.yaml'));
    const r = adlint(['c.ad.yaml', '--platform', 'meta'], { cwd: dir, timeout: DEADLINE });
    expect(r.stdout + r.stderr).not.toContain(SECRET);
    expect(r.stdout).toMatch(/links outside the project/);
    expect(r.code).toBe(1);
  });

  it('a lexicon outside the pack\'s project: exit 2, the file is not read', () => {
    const o = outside();
    const dir = tempProject({
      '.adlint.yaml': 'packs: [p.yaml]\nplatforms: [p]\n',
      'p.yaml': `id: p\nname: P\nversion: "1"\nrules:\n  - { id: t, check: terms, severity: error, lexicon: ${JSON.stringify(path.join(o, 'secret.yaml'))}, message: x, source: s, confidence: documented, examples: { valid: [{}], invalid: [{}] } }\n`,
      'a.ad.yaml': 'copy:\n  headline: ok\n',
    });
    const r = adlint(['a.ad.yaml'], { cwd: dir, timeout: DEADLINE });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/lexicon .* is outside the pack's project/);
    expect(r.stdout + r.stderr).not.toContain(SECRET);
  });

  it('a config pack outside the project: exit 2 at the packs entry, not read', () => {
    const o = outside();
    const dir = tempProject({ '.adlint.yaml': `packs:\n  - ${JSON.stringify(path.join(o, 'secret.yaml'))}\n`, 'a.ad.yaml': 'copy:\n  headline: ok\n' });
    const r = adlint(['a.ad.yaml'], { cwd: dir, timeout: DEADLINE });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\.adlint\.yaml:2:5: pack .* is outside the project/);
    expect(r.stdout + r.stderr).not.toContain(SECRET);
  });

  it('--config outside the project: exit 2, not read; opted in, read', () => {
    const o = outside();
    const dir = tempProject({ 'a.ad.yaml': 'copy:\n  headline: ok\n' });
    const r = adlint(['a.ad.yaml', '--config', path.join(o, 'secret.yaml')], { cwd: dir, timeout: DEADLINE });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--config .* is outside the project/);
    expect(r.stdout + r.stderr).not.toContain(SECRET);
    const opted = adlint(['a.ad.yaml', '--config', path.join(o, 'secret.yaml'), '--allow-outside-project'], { cwd: dir, timeout: DEADLINE });
    expect(opted.code).toBe(2);
    expect(opted.stderr).toMatch(/secret\.yaml/);
  });

  it('a landing page outside the project is refused through a link too', () => {
    const o = outside();
    writeFileSync(path.join(o, 'p.landing.md'), `# ${SECRET}\n`);
    const dir = tempProject({});
    mkdirSync(path.join(dir, 'c'));
    symlinkSync(path.join(o, 'p.landing.md'), path.join(dir, 'c/p.landing.md'));
    writeFileSync(path.join(dir, 'c/a.ad.yaml'), 'platforms: [tiktok]\nplacement: in_feed\nlocale: en-US\nlanding: ./p.landing.md\ncopy:\n  primary_text: Linen\n');
    const r = adlint(['c/a.ad.yaml'], { cwd: dir, timeout: DEADLINE });
    expect(r.stdout).toMatch(/outside the project/);
    expect(r.stdout).not.toContain(SECRET);
  });
});
