import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Edit, LintMessage } from '@adlint/core';
import { SOURCE, rangeOf, type DiagnosticData } from './diagnostics.js';

export const DISABLE_COMMAND = 'adlint.disableForLine';
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.adlint`;

/** Arguments of the disable command: which message of which linted version, and why (asked for by the client). */
export interface DisableArgs {
  uri: string;
  version: number;
  index: number;
  reason?: string;
}

/** Messages a directive never silences: problems with the file itself. */
const UNSUPPRESSIBLE = new Set(['parse', 'schema', 'directive']);

/** The lint of one document version that code actions and hovers answer from. */
export interface Snapshot {
  doc: TextDocument;
  messages: readonly LintMessage[];
  fixableCount: number;
  /** Whether the file's format has comments for `adlint-disable…` directives. */
  canDisable: boolean;
}

export function toTextEdit(doc: TextDocument, edit: Edit): TextEdit {
  return { range: { start: doc.positionAt(edit.range[0]), end: doc.positionAt(edit.range[1]) }, newText: edit.text };
}

/** One edit from `before` to `after` covering only what changed, so the editor keeps cursor and folds. */
export function minimalEdit(doc: TextDocument, before: string, after: string): TextEdit {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return toTextEdit(doc, { range: [start, before.length - end], text: after.slice(start, after.length - end) });
}

/** The message a diagnostic sent back by the client stands for, if it is of this snapshot. */
export function messageOf(snapshot: Snapshot, d: Diagnostic): { message: LintMessage; index: number } | null {
  if (d.source !== SOURCE) return null;
  const data = d.data as Partial<DiagnosticData> | undefined;
  if (data?.version === snapshot.doc.version && typeof data.index === 'number') {
    const message = snapshot.messages[data.index];
    return message ? { message, index: data.index } : null;
  }
  // Clients that drop `data`: the same rule at the same range.
  const index = snapshot.messages.findIndex((m) => m.ruleId === d.code && sameRange(rangeOf(m), d.range));
  return index >= 0 ? { message: snapshot.messages[index]!, index } : null;
}

function sameRange(a: Diagnostic['range'], b: Diagnostic['range']): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/**
 * Quick fixes (each engine fix), suggestions, "disable for this line" (a command: the client asks
 * for the reason) and "fix all"; `fixAll` computes the engine's whole-file fix only when asked for.
 */
export async function codeActions(
  snapshot: Snapshot,
  params: CodeActionParams,
  fixAll: () => Promise<TextEdit | null>,
): Promise<CodeAction[]> {
  const wants = (kind: string) => !params.context.only || params.context.only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const { doc } = snapshot;
  const actions: CodeAction[] = [];
  let fixableHere = false;
  if (wants(CodeActionKind.QuickFix)) {
    for (const d of params.context.diagnostics) {
      const found = messageOf(snapshot, d);
      if (!found) continue;
      const { message, index } = found;
      if (message.fix) {
        fixableHere = true;
        actions.push({
          title: `${fixTitle(doc, message.fix)} (${message.ruleId})`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          isPreferred: true,
          edit: { changes: { [doc.uri]: [toTextEdit(doc, message.fix)] } },
        });
      }
      for (const s of message.suggestions ?? []) {
        actions.push({ title: s.desc, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: { changes: { [doc.uri]: [toTextEdit(doc, s.fix)] } } });
      }
      if (snapshot.canDisable && !UNSUPPRESSIBLE.has(message.category) && message.ruleId.includes('/') && !message.ruleId.startsWith('adlint/')) {
        const args: DisableArgs = { uri: doc.uri, version: doc.version, index };
        actions.push({
          title: `Disable ${message.ruleId} for this line (with a reason)…`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [d],
          command: { title: `Disable ${message.ruleId} for this line`, command: DISABLE_COMMAND, arguments: [args] },
        });
      }
    }
  }
  // "Fix all" beside a quick fix when there is more than one to apply; as a source action
  // (`source.fixAll.adlint`, for fix-on-save) only when the client asks for source actions.
  const asQuickFix = fixableHere && snapshot.fixableCount > 1;
  const asSource = Boolean(params.context.only) && wants(FIX_ALL_KIND) && snapshot.fixableCount > 0;
  if (asQuickFix || asSource) {
    const edit = await fixAll();
    const title = 'Fix all auto-fixable adlint problems';
    if (edit && asQuickFix) actions.push({ title, kind: CodeActionKind.QuickFix, edit: { changes: { [doc.uri]: [edit] } } });
    if (edit && asSource) actions.push({ title, kind: FIX_ALL_KIND, edit: { changes: { [doc.uri]: [edit] } } });
  }
  return actions;
}

/** "Remove “!!”", "Change “FREE” to “free”": what the fix does, in the words of the text. */
function fixTitle(doc: TextDocument, fix: Edit): string {
  const old = doc.getText({ start: doc.positionAt(fix.range[0]), end: doc.positionAt(fix.range[1]) });
  const show = (s: string) => `“${s.length > 40 ? `${s.slice(0, 39)}…` : s}”`;
  if (!fix.text) return `Remove ${show(old)}`;
  if (!old) return `Insert ${show(fix.text)}`;
  return `Change ${show(old)} to ${show(fix.text)}`;
}
