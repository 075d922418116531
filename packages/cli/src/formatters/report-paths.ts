import { createHash } from 'node:crypto';
import path from 'node:path';
import type { LintMessage } from '@adlint/core';

/** The file's path relative to cwd with `/` separators, or null when it lies outside cwd. */
export function relativePath(filePath: string, cwd: string): string | null {
  const rel = path.relative(cwd, filePath);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return null;
  return rel.split(path.sep).join('/');
}

/** The path as reports show it: relative to cwd where possible, else absolute. */
export function displayPath(filePath: string, cwd: string): string {
  return relativePath(filePath, cwd) ?? filePath.split(path.sep).join('/');
}

/**
 * One fingerprint per message, stable across runs and machines: built from what the problem is
 * (rule, file, field, message) and not from line numbers, so editing lines above it does not
 * make CI see a new problem. Identical problems in one file are told apart by their order.
 */
export function fingerprints(messages: readonly LintMessage[], file: string): string[] {
  const seen = new Map<string, number>();
  return messages.map((m) => {
    const base = [m.ruleId, file, m.field ?? '', m.message].join('\u0000');
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return createHash('sha256').update(`${base}\u0000${n}`).digest('hex');
  });
}
