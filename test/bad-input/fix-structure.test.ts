import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { Linter, fixText } from '@adlint/core';
// Independent readers of the fixed text: the check must not trust adlint's own reading.
import { unified } from '../../packages/core/node_modules/unified/index.js';
import remarkParse from '../../packages/core/node_modules/remark-parse/index.js';
import { parse as parseCsv } from '../../packages/core/node_modules/csv-parse/lib/sync.js';

/**
 * --fix with replacements that change structure where written raw: every replacement is either
 * written so the file reads back as the intended value and shape, or withheld (the file unchanged
 * and the fix no longer offered). Over every YAML scalar style, JSON, CSV cells and Markdown blocks.
 */
const RUNS = Number(process.env.ADLINT_FUZZ_RUNS ?? 0) || 150;

const HOSTILE = [', ', '- ', '1. ', ': ', '#', ' #', '# ', '\u0007', '\u001b[2J', '\r', '\n', '"', "'", '{', '}', '[', ']', '* ', '> ', '|', '\\', '\u0085', '\u007f', 'a, b', '&x', '*x', '!tag', '%', '@', '`', '---', '+ ', '2) ', '= ', '_x_', '<b>'];
const replacement = fc.tuple(fc.constantFrom('', 'ok', 'Ok '), fc.constantFrom(...HOSTILE), fc.constantFrom('', 'ok', ' ok')).map(([a, b, c]) => `${a}${b}${c}`).filter((r) => r.trim() !== '');

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'adlint-fixprop-'));
});

function linterFor(replacementText: string): Linter {
  const packDir = mkdtempSync(path.join(dir, 'p-'));
  const pack = {
    id: 'fx', name: 'Fx', version: '1',
    rules: [{ id: 'swap', check: 'terms', severity: 'error', applies: { fields: ['copy.*'] }, terms: [{ term: 'zorblax', replacement: replacementText }], message: '{{term}}', source: 's', confidence: 'documented', examples: { valid: [{}], invalid: [{}] } }],
  };
  writeFileSync(path.join(packDir, 'fx.yaml'), JSON.stringify(pack));
  return new Linter({ rulesDirs: [packDir] });
}

type Style = { name: string; file: string; text: (v: string) => string; read: (text: string) => unknown };
const yamlRead = (t: string): unknown => parseYaml(t);
const STYLES: Style[] = [
  { name: 'plain', file: 'a.ad.yaml', text: (v) => `copy:\n  headline: ${v}\n`, read: yamlRead },
  { name: 'plain in a flow sequence', file: 'a.ad.yaml', text: (v) => `copy:\n  headlines: [${v}, Second one]\n`, read: yamlRead },
  { name: 'plain in a flow mapping', file: 'a.ad.yaml', text: (v) => `copy: { headline: ${v}, body: Other }\n`, read: yamlRead },
  { name: 'single-quoted', file: 'a.ad.yaml', text: (v) => `copy:\n  headline: '${v}'\n`, read: yamlRead },
  { name: 'double-quoted', file: 'a.ad.yaml', text: (v) => `copy:\n  headline: "${v}"\n`, read: yamlRead },
  { name: 'double-quoted in a flow sequence', file: 'a.ad.yaml', text: (v) => `copy:\n  headlines: ["${v}", "Second"]\n`, read: yamlRead },
  { name: 'block literal', file: 'a.ad.yaml', text: (v) => `copy:\n  body: |\n    ${v}\n    second line\n`, read: yamlRead },
  { name: 'block folded', file: 'a.ad.yaml', text: (v) => `copy:\n  body: >\n    ${v}\n    second line\n`, read: yamlRead },
  { name: 'JSON string', file: 'a.ad.json', text: (v) => `{ "copy": { "headline": "${v}" } }\n`, read: (t) => JSON.parse(t) as unknown },
  { name: 'CSV quoted cell', file: 'a.csv', text: (v) => `Campaign,Ad group,Headline 1,Description 1,Final URL\nC,G,"${v}",D,https://x.example\n`, read: (t) => parseCsv(t) as unknown },
  { name: 'CSV plain cell', file: 'a.csv', text: (v) => `Campaign,Ad group,Headline 1,Description 1,Final URL\nC,G,${v},D,https://x.example\n`, read: (t) => parseCsv(t) as unknown },
];
const md = (t: string): unknown => strip(unified().use(remarkParse).parse(t));
/** The mdast without positions, so two trees compare by structure and text. */
function strip(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strip);
  if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).filter(([k]) => k !== 'position').map(([k, v]) => [k, strip(v)]));
  return node;
}
const MARKDOWN: Style[] = [
  { name: 'Markdown paragraph', file: 'a.listing.md', text: (v) => `# Title\n\nFirst words\n${v} more words.\n`, read: md },
  { name: 'Markdown paragraph start', file: 'a.listing.md', text: (v) => `# Title\n\n${v} more words.\n`, read: md },
  { name: 'Markdown heading', file: 'a.listing.md', text: (v) => `# ${v} title\n\nBody.\n`, read: md },
  { name: 'Markdown list item', file: 'a.listing.md', text: (v) => `# Title\n\n- ${v} item\n- Other\n`, read: md },
  { name: 'Markdown quote', file: 'a.listing.md', text: (v) => `# Title\n\n> ${v} quoted\n`, read: md },
];
const ALL = [...STYLES, ...MARKDOWN];

/** The fixed file's meaning with the term replaced, as read by an independent parser of the original. */
function expectedAfter(style: Style, replacementText: string): unknown {
  const marker = 'zorblax';
  const original = style.read(style.text(marker));
  const swap = (v: unknown): unknown =>
    typeof v === 'string' ? v.split(marker).join(replacementText) : Array.isArray(v) ? v.map(swap) : v && typeof v === 'object' ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, swap(x)])) : v;
  return swap(original);
}

describe('--fix never changes structure or writes unintended values', () => {
  it('for hostile replacements over every scalar style, CSV cell and Markdown block', async () => {
    const outcomes = { written: 0, withheld: 0 };
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ALL), replacement, async (style, replacementText) => {
        const text = style.text('zorblax');
        const linter = linterFor(replacementText);
        const outcome = await fixText(linter, text, path.join(dir, style.file), { configPlatforms: ['fx'] });
        if (!outcome.changed) {
          outcomes.withheld++;
          // Withheld: not offered as fixable either.
          expect(outcome.result.messages.filter((m) => m.fix)).toEqual([]);
          return;
        }
        outcomes.written++;
        expect(outcome.output).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/);
        expect(style.read(outcome.output), `${style.name} ← ${JSON.stringify(replacementText)}:\n${outcome.output}`).toEqual(expectedAfter(style, replacementText));
      }),
      { numRuns: RUNS },
    );
    // The property is about both branches: some replacements must be written, some withheld.
    expect(outcomes.written).toBeGreaterThan(0);
    expect(outcomes.withheld).toBeGreaterThan(0);
  });
});
