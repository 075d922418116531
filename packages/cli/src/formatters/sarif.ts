import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Edit, FileResult, LintMessage, Severity, SuppressedMessage } from '@adlint/core';
import { stringify } from 'yaml';
import { HOMEPAGE } from '../version.js';
import type { Formatter, RuleMeta } from './types.js';
import { fingerprints, relativePath } from './report-paths.js';

/** SARIF names paths relative to the repository root through this base id (as GitHub code scanning expects). */
const BASE_ID = '%SRCROOT%';
const LEVEL: Record<Severity | 'off', string> = { error: 'error', warning: 'warning', info: 'note', off: 'none' };

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

/** A relative path as a URI reference: each segment percent-encoded (spaces, unicode, backslashes). */
function artifactLocation(filePath: string, cwd: string): ArtifactLocation {
  const rel = relativePath(filePath, cwd);
  if (rel === null) return { uri: pathToFileURL(filePath).href };
  return { uri: rel.split('/').map(encodeURIComponent).join('/'), uriBaseId: BASE_ID };
}

function isWebUrl(text: string | undefined): text is string {
  if (!text) return false;
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

/** Section names of a rule's help, in the pack's language. */
const LABELS = {
  en: { passes: 'What passes (from the rule\'s examples):', source: 'Source:', confidence: 'Confidence:', docs: 'Rule documentation', docsLine: 'Rule documentation:', fix: 'How to fix:' },
  zh: { passes: '合规示例（取自规则示例）：', source: '来源：', confidence: '可信度：', docs: '规则文档', docsLine: '规则文档：', fix: '如何修改：' },
};

/** GitHub shows ten tags of a rule (and refuses more than twenty). */
const MAX_TAGS = 10;
/** The rule's evidence as GitHub's `precision` (very-high, high, medium, low). */
const PRECISION: Record<string, string> = { documented: 'high', reported: 'medium', uncertain: 'low' };

/** `headline-length` → `HeadlineLength`: SARIF asks for a Pascal-case friendly name. */
const pascal = (id: string): string => id.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w[0]!.toUpperCase() + w.slice(1)).join('') || id;

/** A label and its value: Chinese full-width colons take no space after them. */
const labelled = (label: string, value: string): string => (label.endsWith('：') ? `${label}${value}` : `${label} ${value}`);

function helpOf(id: string, meta: RuleMeta | undefined): { text: string; markdown: string } {
  const l = /^zh\b/i.test(meta?.locale ?? '') ? LABELS.zh : LABELS.en;
  const description = meta?.description ?? id;
  const text: string[] = [description];
  const markdown: string[] = [description];
  if (meta?.note) {
    text.push(meta.note);
    markdown.push(meta.note);
  }
  if (meta?.validExample !== undefined) {
    const example = stringify(meta.validExample, { lineWidth: 0 }).trimEnd();
    text.push(`${l.passes}\n${example}`);
    markdown.push(`**${l.passes}**\n\n\`\`\`yaml\n${example}\n\`\`\``);
  } else if (meta?.docsUrl) {
    text.push(labelled(l.fix, meta.docsUrl));
  }
  if (meta?.source) {
    text.push(labelled(l.source, meta.source));
    markdown.push(labelled(`**${l.source}**`, isWebUrl(meta.source) ? `<${meta.source}>` : meta.source));
  }
  if (meta?.confidence) {
    text.push(labelled(l.confidence, meta.confidence));
    markdown.push(labelled(`**${l.confidence}**`, meta.confidence));
  }
  if (meta?.docsUrl) {
    text.push(labelled(l.docsLine, meta.docsUrl));
    markdown.push(`[${l.docs}](${meta.docsUrl})`);
  }
  return { text: text.join('\n\n'), markdown: markdown.join('\n\n') };
}

function ruleDescriptor(id: string, meta: RuleMeta | undefined): Record<string, unknown> {
  const description = meta?.description ?? id;
  const tags = [...new Set(['adlint', meta?.platform, meta?.category, meta?.check].filter((t): t is string => Boolean(t)))].slice(0, MAX_TAGS);
  const descriptor: Record<string, unknown> = {
    id,
    name: pascal(id.slice(id.indexOf('/') + 1)),
    shortDescription: { text: description },
    fullDescription: { text: meta?.note ? `${description} ${meta.note}` : description },
    help: helpOf(id, meta),
    defaultConfiguration: { level: LEVEL[meta?.severity ?? 'error'] },
    properties: { tags, ...(meta?.confidence && PRECISION[meta.confidence] ? { precision: PRECISION[meta.confidence] } : {}) },
  };
  // helpUri must be a URI: the rule's page, else a policy source that is a web page (a law's name stays in help).
  const helpUri = meta?.docsUrl ?? (isWebUrl(meta?.source) ? meta.source : undefined);
  if (helpUri) descriptor.helpUri = helpUri;
  return descriptor;
}

function fix(desc: string, edit: Edit, location: ArtifactLocation): Record<string, unknown> {
  return {
    description: { text: desc },
    artifactChanges: [{
      artifactLocation: location,
      replacements: [{ deletedRegion: { charOffset: edit.range[0], charLength: edit.range[1] - edit.range[0] }, insertedContent: { text: edit.text } }],
    }],
  };
}

function fixesOf(m: LintMessage, location: ArtifactLocation): Record<string, unknown>[] {
  const fixes = m.fix ? [fix('adlint --fix', m.fix, location)] : [];
  for (const s of m.suggestions ?? []) fixes.push(fix(s.desc, s.fix, location));
  return fixes;
}

/** SARIF 2.1.0, as GitHub code scanning and other SARIF viewers read it. */
export const format: Formatter = (results, { cwd, version, rules }) => {
  // Silenced findings are results too, marked as suppressed in the source with the directive's reason.
  const all = (r: FileResult): (LintMessage | SuppressedMessage)[] => [...r.messages, ...(r.suppressedMessages ?? [])];
  const ids = [...new Set(results.flatMap((r) => all(r).map((m) => m.ruleId)))].sort();
  const index = new Map(ids.map((id, i) => [id, i]));
  const sarifResults = results.flatMap((r) => {
    const location = artifactLocation(r.filePath, cwd);
    const messages = all(r);
    const prints = fingerprints(messages, relativePath(r.filePath, cwd) ?? r.filePath);
    return messages.map((m, i) => {
      const result: Record<string, unknown> = {
        ruleId: m.ruleId,
        ruleIndex: index.get(m.ruleId),
        level: LEVEL[m.severity],
        message: { text: m.message },
        locations: [{
          physicalLocation: {
            artifactLocation: location,
            region: { startLine: m.line, startColumn: m.column, endLine: m.endLine, endColumn: m.endColumn },
          },
        }],
        partialFingerprints: { 'adlintProblemHash/v1': prints[i] },
      };
      const fixes = fixesOf(m, location);
      if (fixes.length) result.fixes = fixes;
      // The platform's own words for what its review will likely say, for tools reading SARIF.
      if (m.reasons?.length) result.properties = { reasons: m.reasons };
      // Where in the picture text read from an image or video frame is (docs/media.md): SARIF regions are text only.
      if (m.box) result.properties = { ...(result.properties as object | undefined), box: m.box };
      if ('suppressions' in m) {
        result.suppressions = m.suppressions.map((s) => ({ kind: 'inSource', ...(s.justification ? { justification: s.justification } : {}) }));
      }
      return result;
    });
  });
  const log = {
    $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'adlint',
          version,
          informationUri: HOMEPAGE,
          rules: ids.map((id) => ruleDescriptor(id, rules.get(id))),
        },
      },
      originalUriBaseIds: { [BASE_ID]: { uri: pathToFileURL(cwd.endsWith(path.sep) ? cwd : cwd + path.sep).href } },
      columnKind: 'utf16CodeUnits',
      results: sarifResults,
    }],
  };
  return JSON.stringify(log, null, 2);
};
