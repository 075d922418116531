import type { Edit, FileResult, LintMessage } from '@adlint/core';
import { LineIndex } from '@adlint/core';

/** Comment syntaxes a directive can be written in, by the file types that have comments. */
const COMMENTS = {
  yaml: (body: string) => `# ${body}`,
  html: (body: string) => `<!-- ${body} -->`,
};

/** How a directive may be written in a file: YAML comments, HTML comments (Markdown, whose frontmatter is YAML), or not at all. */
function commentStyles(file: string): ((body: string) => string)[] {
  if (/\.ad\.ya?ml$/i.test(file)) return [COMMENTS.yaml];
  if (/\.md$/i.test(file)) return [COMMENTS.html, COMMENTS.yaml];
  return [];
}

/** Whether the file's format has comments a directive can be written in (JSON and sheets have none). */
export function canHoldDirectives(file: string): boolean {
  return commentStyles(file).length > 0;
}

/**
 * The edit that silences one message with an `adlint-disable-next-line` (or a trailing
 * `adlint-disable-line`) directive and its reason, or null where the file type has no comments
 * (JSON, sheets). Which placement is right depends on the format and on where the line sits (a
 * YAML block scalar, a Markdown list, frontmatter), so each candidate is tried on the text and the
 * first that the engine itself reads as silencing exactly this message wins — the engine's own
 * directive reader is the judge, not a second parser here.
 */
export async function disableDirectiveEdit(
  text: string,
  file: string,
  message: LintMessage,
  reason: string | undefined,
  lint: (text: string) => Promise<FileResult>,
): Promise<Edit | null> {
  const styles = commentStyles(file);
  if (!styles.length) return null;
  const lines = new LineIndex(text);
  const lineStart = lines.offset(message.line, 1);
  const lineText = text.slice(lineStart, lineEndOf(text, lineStart));
  const indent = /^[ \t]*/.exec(lineText)![0];
  const tail = reason?.trim() ? ` -- ${reason.trim().replace(/\s+/g, ' ')}` : '';
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const end = lineEndOf(text, lineStart);
  // An HTML comment at the start of a line ends a Markdown list: a list item takes a trailing one.
  const trailingFirst = /\.md$/i.test(file) && /^\s*(?:[-*+]|\d+[.)])\s/.test(lineText);
  const candidates: Edit[] = [];
  for (const comment of styles) {
    const above: Edit = { range: [lineStart, lineStart], text: `${indent}${comment(`adlint-disable-next-line ${message.ruleId}${tail}`)}${newline}` };
    const trailing: Edit = { range: [end, end], text: ` ${comment(`adlint-disable-line ${message.ruleId}${tail}`)}` };
    candidates.push(...(trailingFirst ? [trailing, above] : [above, trailing]));
  }
  const before = await lint(text);
  for (const edit of candidates) {
    const edited = text.slice(0, edit.range[0]) + edit.text + text.slice(edit.range[1]);
    if (silencesOnly(before, await lint(edited), message)) return edit;
  }
  return null;
}

/** The edit silenced this message (it is among the suppressed) and changed nothing else that is reported. */
function silencesOnly(before: FileResult, after: FileResult, target: LintMessage): boolean {
  const same = (m: LintMessage) => m.ruleId === target.ruleId && m.message === target.message;
  if (!(after.suppressedMessages ?? []).some(same)) return false;
  const key = (m: LintMessage) => `${m.ruleId}\u0000${m.message}`;
  const left = new Map<string, number>();
  for (const m of before.messages) left.set(key(m), (left.get(key(m)) ?? 0) + 1);
  left.set(key(target), (left.get(key(target)) ?? 0) - 1);
  // Other messages of the rule on the same line may be silenced with it; nothing may appear.
  for (const m of after.messages) {
    const n = left.get(key(m)) ?? 0;
    if (n <= 0) return false;
    left.set(key(m), n - 1);
  }
  return true;
}

function lineEndOf(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  if (nl < 0) return text.length;
  return text[nl - 1] === '\r' ? nl - 1 : nl;
}
