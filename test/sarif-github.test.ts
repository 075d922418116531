import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { adlint, repoRoot } from './helpers/cli.js';

/** The examples fire bundled rules of several packs (English and Chinese) and adlint's own ids. */
const examples = path.join(repoRoot, 'examples');
const sarifOfExamples = (): { text: string; log: SarifLog } => {
  const r = adlint(['--format', 'sarif', '.'], { cwd: examples });
  expect(r.code).toBe(1);
  return { text: r.stdout, log: JSON.parse(r.stdout) as SarifLog };
};

interface Rule {
  id: string;
  name?: string;
  shortDescription?: { text: string };
  fullDescription?: { text: string };
  help?: { text: string; markdown?: string };
  helpUri?: string;
  defaultConfiguration?: { level: string };
  properties?: { tags?: unknown[]; precision?: string };
}
interface SarifLog {
  runs: { tool: { driver: { name: string; informationUri?: string; rules: Rule[] } }; results: { ruleId: string; ruleIndex: number; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[];
}

const REPO = 'https://github.com/adlint/adlint';
const cliPackage = JSON.parse(readFileSync(path.join(repoRoot, 'packages/cli/package.json'), 'utf8')) as { homepage?: string; repository?: string | { url: string } };

/** A link into this repository's docs, as the file and heading it must exist as. */
function docsTarget(uri: string): { file: string; anchor: string } | null {
  const m = /^https:\/\/github\.com\/[^/]+\/[^/]+\/blob\/main\/(docs\/[^#]+)(?:#(.*))?$/.exec(uri);
  return m ? { file: path.join(repoRoot, m[1]!), anchor: m[2] ?? '' } : null;
}
/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
const anchorsOf = (markdown: string): string[] => [...markdown.matchAll(/^#+ (.+)$/gm)].map((m) => m[1]!.trim().toLowerCase().replace(/[^\p{L}\p{N}\s-]/gu, '').replace(/\s/g, '-'));

describe('SARIF for GitHub code scanning', () => {
  it('is valid SARIF 2.1.0 and meets GitHub\'s documented rules for rules and results', () => {
    const { text, log } = sarifOfExamples();
    const schema = JSON.parse(readFileSync(path.join(repoRoot, 'test/fixtures/sarif-schema-2.1.0.json'), 'utf8')) as object;
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    // GitHub's upload limits: 10 MB (gzip), 20 runs, 25,000 results and rules per run.
    expect(Buffer.byteLength(text)).toBeLessThan(10 * 1024 * 1024);
    expect(log.runs.length).toBeLessThanOrEqual(20);
    const run = log.runs[0]!;
    expect(run.results.length).toBeGreaterThan(0);
    expect(run.tool.driver.rules.length).toBeLessThanOrEqual(25_000);
    const rules = run.tool.driver.rules;
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    expect(rules.some((r) => r.id.startsWith('adlint/'))).toBe(true);
    expect(rules.some((r) => r.id.startsWith('china-ad-law/'))).toBe(true);
    for (const rule of rules) {
      // What GitHub shows on an alert: both descriptions, help (text and markdown), tags to filter by.
      expect(rule.shortDescription?.text, rule.id).toMatch(/\S/);
      expect(rule.shortDescription!.text.length, rule.id).toBeLessThanOrEqual(1024);
      expect(rule.fullDescription?.text, rule.id).toMatch(/\S/);
      expect(rule.help?.text, rule.id).toMatch(/\S/);
      expect(rule.help?.markdown, rule.id).toMatch(/\S/);
      expect(['none', 'note', 'warning', 'error']).toContain(rule.defaultConfiguration?.level);
      const tags = rule.properties?.tags ?? [];
      expect(tags.length, rule.id).toBeGreaterThan(0);
      expect(tags.length, rule.id).toBeLessThanOrEqual(10);
      expect(tags.every((t) => typeof t === 'string' && t.length > 0)).toBe(true);
      if (rule.properties?.precision) expect(['very-high', 'high', 'medium', 'low']).toContain(rule.properties.precision);
      // Every rule links to its generated page, and the page and heading exist.
      const target = docsTarget(rule.helpUri ?? '');
      expect(target, `${rule.id}: ${rule.helpUri}`).not.toBeNull();
      expect(existsSync(target!.file), rule.helpUri).toBe(true);
      if (target!.anchor) expect(anchorsOf(readFileSync(target!.file, 'utf8')), rule.helpUri).toContain(target!.anchor);
    }
    for (const result of run.results) {
      expect(rules[result.ruleIndex]!.id).toBe(result.ruleId);
      expect(result.message.text).toMatch(/\S/);
      expect(result.locations.length).toBeGreaterThan(0);
      expect(result.locations[0]!.physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
      expect(result.locations[0]!.physicalLocation.artifactLocation.uri).not.toMatch(/^file:/);
    }
  });

  it('describes a bundled rule with its pack\'s words: tags, precision, example, source and page', () => {
    const rule = sarifOfExamples().log.runs[0]!.tool.driver.rules.find((r) => r.id === 'china-ad-law/absolute-terms')!;
    expect(rule.name).toBe('AbsoluteTerms');
    expect(rule.properties).toEqual({ tags: ['adlint', 'china-ad-law', 'claim', 'terms'], precision: 'high' });
    expect(rule.helpUri).toBe(`${REPO}/blob/main/docs/rules/china-ad-law.md#absolute-terms`);
    // A Chinese pack's help speaks Chinese: what passes, the source, the page.
    expect(rule.help!.markdown).toContain('**合规示例（取自规则示例）：**\n\n```yaml\n');
    expect(rule.help!.text).toContain('来源：《中华人民共和国广告法》');
    expect(rule.help!.text).toContain(`规则文档：${rule.helpUri}`);
  });

  it('points informationUri at the project\'s page (package.json homepage or repository, else the repository the docs name)', () => {
    const uri = sarifOfExamples().log.runs[0]!.tool.driver.informationUri!;
    if (cliPackage.homepage) expect(uri).toBe(cliPackage.homepage);
    else expect(uri).toMatch(/^https:\/\/github\.com\/[^/]+\/adlint#readme$/);
    // The README it lands on exists in the repository.
    expect(existsSync(path.join(repoRoot, 'README.md'))).toBe(true);
  });

  it("passes Microsoft's SARIF multitool with the GitHub rule set (no errors or warnings)", () => {
    let tool: string;
    try {
      tool = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string;
    } catch {
      console.log('skipped: @microsoft/sarif-multitool has no binary for this platform; the schema and GitHub checks above still ran');
      return;
    }
    const dir = mkdtempSync(path.join(tmpdir(), 'adlint-sarif-'));
    const input = path.join(dir, 'adlint.sarif');
    writeFileSync(input, sarifOfExamples().text);
    const output = path.join(dir, 'validation.sarif');
    const r = spawnSync(tool, ['validate', '--rule-kind', 'Gh;Sarif', '--level', 'Error;Warning', '--output', output, input], { encoding: 'utf8', env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1' } });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const findings = (JSON.parse(readFileSync(output, 'utf8')) as { runs: { results: { ruleId: string; level?: string; message: { text?: string; id?: string; arguments?: string[] } }[] }[] }).runs[0]!.results
      .filter((x) => x.level === 'error' || x.level === 'warning' || x.level === undefined);
    // The validator's own messages are ids with arguments (Error_MissingFullDescription, runs[0].tool.driver.rules[0]).
    expect(findings.map((f) => `${f.ruleId}: ${f.message.text ?? `${f.message.id} ${(f.message.arguments ?? []).join(' ')}`}`)).toEqual([]);
  }, 60_000);
});
