import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Edit, FileResult, LintMessage, Severity, SuppressedMessage } from '@adlint/core';
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

function ruleDescriptor(id: string, meta: RuleMeta | undefined): Record<string, unknown> {
  const descriptor: Record<string, unknown> = {
    id,
    name: id.slice(id.indexOf('/') + 1),
    shortDescription: { text: meta?.description ?? id },
    defaultConfiguration: { level: LEVEL[meta?.severity ?? 'error'] },
  };
  // helpUri must be a URI; a source that is a document name (a law, a manual) goes into help text.
  if (isWebUrl(meta?.source)) descriptor.helpUri = meta.source;
  else if (meta?.source) descriptor.help = { text: `Source: ${meta.source}` };
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
          informationUri: 'https://www.npmjs.com/package/adlint',
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
