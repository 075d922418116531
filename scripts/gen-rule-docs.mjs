#!/usr/bin/env node
// Generates docs/rules/<pack>.md for every bundled pack (rules/*.yaml) and docs/rules/README.md,
// an index with each pack's rule counts. The packs are the truth; these pages are their readable
// form, so never edit them by hand.
//
//   node scripts/gen-rule-docs.mjs           write the pages (`pnpm docs:rules`)
//   node scripts/gen-rule-docs.mjs --check   exit 1 when a page is missing, stale or left over
import { existsSync, mkdirSync, readFileSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exampleCreative } from '@adlint/core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// `yaml` is a dependency of @adlint/core, not of the workspace root.
const { parse, stringify } = createRequire(path.join(root, 'packages/core/package.json'))('yaml');

export const rulesDir = path.join(root, 'rules');
export const docsDir = path.join(root, 'docs/rules');

/** Keys every rule has; the others are the check's parameters. */
const COMMON = new Set(['id', 'check', 'severity', 'description', 'category', 'applies', 'message', 'messages', 'source', 'confidence', 'checked_at', 'note', 'supersedes', 'examples']);
const SEVERITIES = ['error', 'warning', 'info', 'off'];
const CONFIDENCES = ['documented', 'reported', 'uncertain'];
/** Example strings longer than this are shortened in the docs (the pack keeps them whole). */
const MAX_EXAMPLE_STRING = 240;

const LABELS = {
  en: {
    generated: 'Generated from `{file}` by `scripts/gen-rule-docs.mjs` (`pnpm docs:rules`); do not edit by hand.',
    platform: 'Platform', law: 'Law', version: 'Version', extends: 'Extends', locale: 'Message language',
    sources: 'Sources', rules: 'Rules', rule: 'Rule', check: 'Check', severity: 'Severity', confidence: 'Confidence',
    what: 'What it checks', applies: 'Applies to', parameters: 'Parameters', message: 'Message', source: 'Source',
    checked: 'Checked', note: 'Note', supersedes: 'Supersedes', supersedesWhy: 'not reported where this rule reports the same words', invalid: 'Reported (invalid examples)', valid: 'Not reported (valid examples)',
    everywhere: 'every creative', fields: 'fields', placements: 'placements', categories: 'categories',
    special_ad_categories: 'special ad categories', locales: 'locales', countries: 'countries', roles: 'media roles', not: 'except',
    summary: '{n} rules: {sev}; confidence: {conf}.', none: 'none', shortened: '… ({n} characters in the pack)',
    indexTitle: 'Bundled rule packs', indexIntro: 'One page per pack in `rules/`, generated from the YAML.',
    pack: 'Pack', count: 'Rules', bySeverity: 'By severity', byConfidence: 'By confidence',
  },
  zh: {
    generated: '由 `scripts/gen-rule-docs.mjs` 根据 `{file}` 生成(`pnpm docs:rules`),请勿手工编辑。',
    platform: '平台', law: '法规', version: '版本', extends: '继承', locale: '提示语言',
    sources: '依据', rules: '规则', rule: '规则', check: '检查类型', severity: '级别', confidence: '可信度',
    what: '检查内容', applies: '适用范围', parameters: '参数', message: '提示', source: '来源',
    checked: '核对日期', note: '说明', supersedes: '取代', supersedesWhy: '与本规则报告同一处文字时不再重复报告', invalid: '会报告(违规示例)', valid: '不会报告(合规示例)',
    everywhere: '所有创意', fields: '字段', placements: '版位', categories: '类目',
    special_ad_categories: '特殊广告类别', locales: '语言区域', countries: '国家/地区', roles: '素材角色', not: '排除',
    summary: '共 {n} 条规则:{sev};可信度:{conf}。', none: '无', shortened: '……(规则包中共 {n} 个字符)',
    indexTitle: '内置规则包', indexIntro: '', pack: '规则包', count: '规则数', bySeverity: '按级别', byConfidence: '按可信度',
  },
};

const lang = (pack) => (/^zh\b/i.test(pack.locale ?? '') ? 'zh' : 'en');
const fill = (template, data) => template.replace(/\{(\w+)\}/g, (_, k) => String(data[k]));
/** Markdown table cells: no pipes or line breaks. */
const cell = (s) => String(s ?? '').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ').trim();
const anchor = (id) => id.toLowerCase().replace(/[^a-z0-9-]/g, '');

function countBy(rules, key, order) {
  const counts = new Map(order.map((k) => [k, 0]));
  for (const r of rules) counts.set(r[key], (counts.get(r[key]) ?? 0) + 1);
  return [...counts].filter(([, n]) => n > 0);
}

function formatCounts(entries, L) {
  return entries.length ? entries.map(([k, n]) => `${n} ${k}`).join(', ') : L.none;
}

/** Shortens very long strings so a 5,000-character example does not swamp the page. */
function shorten(value, L) {
  if (typeof value === 'string') {
    const n = [...value].length;
    return n > MAX_EXAMPLE_STRING ? [...value].slice(0, MAX_EXAMPLE_STRING).join('') + fill(L.shortened, { n }) : value;
  }
  if (Array.isArray(value)) return value.map((v) => shorten(v, L));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shorten(v, L)]));
  return value;
}

function yamlBlock(value, L) {
  return ['```yaml', stringify(shorten(value, L), { lineWidth: 0 }).trimEnd(), '```'].join('\n');
}

function appliesText(applies, L) {
  if (!applies) return L.everywhere;
  const parts = [];
  for (const [key, value] of Object.entries(applies)) {
    if (key === 'not') {
      const inner = Object.entries(value).map(([k, v]) => `${L[k] ?? k} ${v.map((x) => `\`${x}\``).join(', ')}`);
      parts.push(`${L.not} ${inner.join('; ')}`);
    } else {
      parts.push(`${L[key] ?? key} ${value.map((x) => `\`${x}\``).join(', ')}`);
    }
  }
  return parts.join('; ') || L.everywhere;
}

function paramsText(rule) {
  const params = Object.entries(rule).filter(([k]) => !COMMON.has(k));
  if (!params.length) return '';
  return params.map(([k, v]) => `\`${k}: ${typeof v === 'object' ? JSON.stringify(v) : v}\``).join(', ');
}

/** The Markdown page of one pack. */
export function renderPack(pack, file) {
  const L = LABELS[lang(pack)];
  const rules = pack.rules ?? [];
  const out = [];
  out.push(`<!-- ${fill(L.generated, { file: path.relative(root, file) })} -->`, '');
  out.push(`# ${pack.name} (\`${pack.id}\`)`, '');
  if (pack.description) out.push(pack.description.trim(), '');
  const facts = [];
  if (pack.platform) facts.push(`${L.platform}: \`${pack.platform}\``);
  if (pack.law) facts.push(`${L.law}: ${pack.law}`);
  facts.push(`${L.version}: ${pack.version}`);
  if (pack.locale) facts.push(`${L.locale}: \`${pack.locale}\``);
  if (pack.extends?.length) facts.push(`${L.extends}: ${pack.extends.map((e) => `[\`${e}\`](${e}.md)`).join(', ')}`);
  out.push(facts.join(' · '), '');
  out.push(fill(L.summary, { n: rules.length, sev: formatCounts(countBy(rules, 'severity', SEVERITIES), L), conf: formatCounts(countBy(rules, 'confidence', CONFIDENCES), L) }), '');
  if (pack.sources?.length) {
    out.push(`## ${L.sources}`, '');
    for (const s of pack.sources) out.push(typeof s === 'string' ? `- ${s}` : `- ${s.title ? `[${s.title}](${s.url})` : s.url}`);
    out.push('');
  }
  out.push(`## ${L.rules}`, '');
  out.push(`| ${L.rule} | ${L.severity} | ${L.check} | ${L.confidence} | ${L.what} |`, '| --- | --- | --- | --- | --- |');
  for (const r of rules) {
    out.push(`| [\`${r.id}\`](#${anchor(r.id)}) | ${r.severity} | \`${r.check}\` | ${r.confidence} | ${cell(r.description ?? r.message)} |`);
  }
  out.push('');
  for (const r of rules) {
    out.push(`### ${r.id}`, '');
    out.push(`\`${pack.id}/${r.id}\`${r.description ? ` — ${r.description.trim()}` : ''}`, '');
    out.push(`| | |`, '| --- | --- |');
    out.push(`| ${L.severity} | ${r.severity} |`);
    out.push(`| ${L.check} | \`${r.check}\` |`);
    const params = paramsText(r);
    if (params) out.push(`| ${L.parameters} | ${cell(params)} |`);
    out.push(`| ${L.applies} | ${cell(appliesText(r.applies, L))} |`);
    out.push(`| ${L.message} | ${cell(r.message)} |`);
    for (const [id, text] of Object.entries(r.messages ?? {})) out.push(`| ${L.message} (\`${id}\`) | ${cell(text)} |`);
    out.push(`| ${L.confidence} | ${r.confidence} |`);
    out.push(`| ${L.source} | ${/^https?:\/\//.test(r.source) ? `<${r.source}>` : cell(r.source)} |`);
    if (r.checked_at) out.push(`| ${L.checked} | ${r.checked_at} |`);
    if (r.note) out.push(`| ${L.note} | ${cell(r.note)} |`);
    if (r.supersedes?.length) out.push(`| ${L.supersedes} | ${r.supersedes.map((id) => `[\`${id}\`](#${anchor(id)})`).join(', ')} (${L.supersedesWhy}) |`);
    out.push('');
    for (const kind of ['invalid', 'valid']) {
      const examples = r.examples?.[kind] ?? [];
      if (!examples.length) continue;
      out.push(`${L[kind]}:`, '');
      for (const ex of examples) out.push(yamlBlock(exampleCreative(ex), L), '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** Every bundled pack file, by id. */
export function packFiles() {
  return readdirSync(rulesDir)
    // categories.yaml is the shared taxonomy (docs/creatives.md), not a pack.
    .filter((n) => /^[a-z0-9][a-z0-9-]*\.ya?ml$/.test(n) && n !== 'categories.yaml')
    .sort()
    .map((n) => path.join(rulesDir, n));
}

/** Every page this script writes: `{ [absolute path]: content }`. */
export function renderAll() {
  const pages = {};
  const index = [];
  for (const file of packFiles()) {
    const pack = parse(readFileSync(file, 'utf8'));
    pages[path.join(docsDir, `${pack.id}.md`)] = renderPack(pack, file);
    index.push(pack);
  }
  const L = LABELS.en;
  const lines = [`<!-- ${fill(L.generated, { file: 'rules/*.yaml' })} -->`, '', `# ${L.indexTitle}`, '', L.indexIntro, ''];
  lines.push(`| ${L.pack} | ${L.count} | ${L.bySeverity} | ${L.byConfidence} |`, '| --- | --- | --- | --- |');
  for (const pack of index) {
    const rules = pack.rules ?? [];
    lines.push(`| [${cell(pack.name)}](${pack.id}.md) (\`${pack.id}\`) | ${rules.length} | ${formatCounts(countBy(rules, 'severity', SEVERITIES), L)} | ${formatCounts(countBy(rules, 'confidence', CONFIDENCES), L)} |`);
  }
  pages[path.join(docsDir, 'README.md')] = `${lines.join('\n')}\n`;
  return pages;
}

/** Pages that are missing or differ from what the packs say, and generated pages whose pack is gone. */
export function stalePages() {
  const pages = renderAll();
  const stale = Object.entries(pages)
    .filter(([file, content]) => !existsSync(file) || readFileSync(file, 'utf8') !== content)
    .map(([file]) => file);
  const extra = existsSync(docsDir)
    ? readdirSync(docsDir)
        .map((n) => path.join(docsDir, n))
        .filter((f) => f.endsWith('.md') && !(f in pages) && readFileSync(f, 'utf8').split('\n', 1)[0].includes('scripts/gen-rule-docs.mjs'))
    : [];
  return { stale, extra };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--check')) {
    const { stale, extra } = stalePages();
    for (const f of stale) console.error(`stale: ${path.relative(root, f)}`);
    for (const f of extra) console.error(`no pack for: ${path.relative(root, f)}`);
    if (stale.length || extra.length) {
      console.error('run `pnpm docs:rules` to regenerate docs/rules/');
      process.exit(1);
    }
    console.log('docs/rules/ is current');
  } else {
    const pages = renderAll();
    mkdirSync(docsDir, { recursive: true });
    for (const [file, content] of Object.entries(pages)) writeFileSync(file, content);
    for (const f of stalePages().extra) unlinkSync(f);
    console.log(`wrote ${Object.keys(pages).length} pages to ${path.relative(root, docsDir)}/`);
  }
}
