import type { Span } from '../model/creative.js';
import type { Edit, LintMessage, MessageCategory, SuppressedMessage } from '../model/message.js';
import type { DirectiveComment } from '../readers/types.js';
import type { LineIndex } from '../text/line-index.js';
import { fillTemplate, type Language, type MessageData } from '../model/wording.js';
import { DIRECTIVE_MESSAGES, type DirectiveMessageId } from './directive-messages.js';

/**
 * Inline directives (`adlint-disable`, `adlint-enable`, `adlint-disable-line`,
 * `adlint-disable-next-line`, `adlint-disable-file`), applied after linting as a filter on the
 * messages. Readers find the comments; this module reads them and decides what they silence.
 */

export const DIRECTIVE_KINDS = ['disable-next-line', 'disable-line', 'disable-file', 'disable', 'enable'] as const;
export type DirectiveKind = (typeof DIRECTIVE_KINDS)[number];

export interface DirectiveRule {
  id: string;
  span: Span;
}

export interface Directive {
  kind: DirectiveKind;
  /** The rules named; empty means every rule. */
  rules: DirectiveRule[];
  /** The text after ` -- `, trimmed; '' when `--` is followed by nothing; absent without `--`. */
  reason?: string;
  /** Where `--` and the reason are, for messages about them. */
  reasonSpan?: Span;
  comment: DirectiveComment;
}

export interface DirectiveOptions {
  lines: LineIndex;
  /** Whether `<pack>/<rule>` names a rule of a known pack. */
  isKnownRule(id: string): boolean;
  /** Report directives that silenced nothing (`--report-unused-disable-directives`). */
  reportUnused?: boolean;
  /** Every disabling directive must say why after ` -- ` (`requireDisableReason`). */
  requireReason?: boolean;
  /** The language of the platforms the file is checked for: what is said about its directives is said in it. */
  language?: Language;
}

/** The messages left to report, and those directives silenced (with the directives' reasons). */
export interface DirectiveOutcome {
  messages: LintMessage[];
  suppressed: SuppressedMessage[];
}

/** Problems with the input itself are never silenced, nor what directives say about themselves. */
const UNSUPPRESSIBLE: ReadonlySet<MessageCategory> = new Set(['parse', 'schema', 'directive']);

const KIND_PATTERN = new RegExp(`^adlint-(${DIRECTIVE_KINDS.join('|')})(?=\\s|$)`);

/**
 * Reads the directive in a comment's text: `adlint-<kind>`, rule ids separated by commas or
 * spaces, then optionally ` -- ` and the reason. Returns null when the text names no known directive.
 */
export function parseDirective(comment: DirectiveComment): Directive | null {
  const lead = comment.text.length - comment.text.trimStart().length;
  const body = comment.text.slice(lead);
  const m = KIND_PATTERN.exec(body);
  if (!m) return null;
  const rules: DirectiveRule[] = [];
  const start = comment.textOffset + lead + m[0].length;
  const rest = body.slice(m[0].length);
  // As in ESLint: ` -- ` ends the ids; the rest is why the rule is silenced here.
  const dashes = /(?:^|\s)--(?=\s|$)/.exec(rest);
  const ids = dashes ? rest.slice(0, dashes.index) : rest;
  for (const id of ids.matchAll(/[^\s,]+/g)) {
    const at = start + id.index;
    rules.push({ id: id[0], span: [at, at + id[0].length] });
  }
  const directive: Directive = { kind: m[1] as DirectiveKind, rules, comment };
  if (dashes) {
    const from = start + dashes.index + dashes[0].indexOf('--');
    directive.reason = rest.slice(dashes.index + dashes[0].length).trim();
    directive.reasonSpan = [from, start + rest.trimEnd().length];
  }
  return directive;
}

interface Position {
  line: number;
  column: number;
}

/** Where a directive silences rules: [from, to), positions compared by line then column. */
interface Scope {
  directive: Directive;
  /** Rule ids silenced; null for every rule. */
  ids: Set<string> | null;
  /** Rules an `adlint-enable <id>` took back out of an every-rule scope. */
  except: Set<string>;
  from: Position;
  to: Position | null;
}

const before = (a: Position, b: Position): boolean => a.line < b.line || (a.line === b.line && a.column < b.column);

/** The messages the directives leave (plus what is wrong with the directives themselves) and those they silenced. */
export function applyDirectives(messages: LintMessage[], comments: readonly DirectiveComment[], options: DirectiveOptions): DirectiveOutcome {
  if (comments.length === 0) return { messages, suppressed: [] };
  const { lines } = options;
  const out: LintMessage[] = [];
  const suppressed: SuppressedMessage[] = [];
  const directives: Directive[] = [];
  for (const comment of comments) {
    const directive = parseDirective(comment);
    if (directive) directives.push(directive);
    else out.push(directiveMessage(options, 'adlint/unknown-directive', comment.span, 'unknown-directive', { directive: comment.text.trim().split(/\s/)[0]!, kinds: DIRECTIVE_KINDS.map((k) => `adlint-${k}`).join(', ') }));
  }
  for (const d of directives) {
    for (const rule of d.rules) {
      if (!options.isKnownRule(rule.id)) out.push(directiveMessage(options, 'adlint/unknown-rule-in-directive', rule.span, 'unknown-rule', { directive: `adlint-${d.kind}`, rule: rule.id }));
    }
    const reasonProblem = missingReason(d, options);
    if (reasonProblem) out.push(reasonProblem);
  }

  const scopes = scopesOf(directives, lines);
  // Rule ids (or '*' for an every-rule directive) that silenced something, per directive.
  const used = new Map<Directive, Set<string>>();
  for (const message of messages) {
    const covering = UNSUPPRESSIBLE.has(message.category) ? [] : scopes.filter((s) => covers(s, message));
    if (covering.length === 0) {
      out.push(message);
      continue;
    }
    suppressed.push({ ...message, suppressions: covering.map((s) => ({ kind: 'directive', justification: s.directive.reason ?? '' })) });
    for (const s of covering) {
      const ids = used.get(s.directive) ?? new Set<string>();
      ids.add(s.ids ? message.ruleId : '*');
      used.set(s.directive, ids);
    }
  }
  if (options.reportUnused) out.push(...unusedMessages(directives, used, options));
  return { messages: out, suppressed };
}

/**
 * A disabling directive without a reason: an error when reasons are required (at the directive),
 * and a warning whenever ` -- ` is written with nothing after it (at the `--`).
 */
function missingReason(d: Directive, options: DirectiveOptions): LintMessage | null {
  const required = options.requireReason;
  if (d.kind === 'enable' || d.reason) return null;
  const data = { directive: `adlint-${d.kind}` };
  if (d.reason === '') {
    const m = directiveMessage(options, 'adlint/missing-disable-reason', d.reasonSpan!, 'empty-reason', data);
    if (required) m.severity = 'error';
    return m;
  }
  if (!required) return null;
  const m = directiveMessage(options, 'adlint/missing-disable-reason', d.comment.span, 'reason-required', data);
  m.severity = 'error';
  return m;
}

function covers(scope: Scope, message: LintMessage): boolean {
  const at = { line: message.line, column: message.column };
  if (before(at, scope.from) || (scope.to && !before(at, scope.to))) return false;
  if (scope.except.has(message.ruleId)) return false;
  return scope.ids === null || scope.ids.has(message.ruleId);
}

function scopesOf(directives: Directive[], lines: LineIndex): Scope[] {
  const scopes: Scope[] = [];
  let open: Scope[] = [];
  const ordered = [...directives].sort((a, b) => a.comment.span[0] - b.comment.span[0]);
  for (const d of ordered) {
    const start = lines.position(d.comment.span[0]);
    const end = lines.position(d.comment.span[1]);
    const ids = d.rules.length ? new Set(d.rules.map((r) => r.id)) : null;
    const scope = (from: Position, to: Position | null): Scope => ({ directive: d, ids, except: new Set(), from, to });
    switch (d.kind) {
      case 'disable-file':
        scopes.push(scope({ line: 1, column: 1 }, null));
        break;
      case 'disable-line':
        scopes.push(scope({ line: start.line, column: 1 }, { line: start.line + 1, column: 1 }));
        break;
      case 'disable-next-line':
        scopes.push(scope({ line: end.line + 1, column: 1 }, { line: end.line + 2, column: 1 }));
        break;
      case 'disable': {
        const s = scope(end, null);
        scopes.push(s);
        open.push(s);
        break;
      }
      case 'enable':
        open = enable(open, ids, start, scopes);
        break;
    }
  }
  return scopes;
}

/** Ends the open `disable` scopes an `enable` names (all of them when it names none). */
function enable(open: Scope[], ids: Set<string> | null, at: Position, scopes: Scope[]): Scope[] {
  if (ids === null) {
    for (const s of open) s.to = at;
    return [];
  }
  const stillOpen: Scope[] = [];
  for (const s of open) {
    if (s.ids && ![...ids].some((id) => s.ids!.has(id))) {
      stillOpen.push(s);
      continue;
    }
    s.to = at;
    // The rest of the scope goes on from here without the re-enabled rules.
    const rest: Scope = s.ids
      ? { ...s, ids: new Set([...s.ids].filter((id) => !ids.has(id))), from: at, to: null }
      : { ...s, except: new Set([...s.except, ...ids]), from: at, to: null };
    if (rest.ids?.size === 0) continue;
    scopes.push(rest);
    stillOpen.push(rest);
  }
  return stillOpen;
}

function unusedMessages(directives: Directive[], used: Map<Directive, Set<string>>, options: DirectiveOptions): LintMessage[] {
  const { lines } = options;
  const out: LintMessage[] = [];
  for (const d of directives) {
    if (d.kind === 'enable') continue;
    const hits = used.get(d);
    const directive = `adlint-${d.kind}`;
    // A directive naming only unknown rules already has its warnings.
    if (d.rules.length > 0 && !d.rules.some((r) => options.isKnownRule(r.id))) continue;
    if (!hits) {
      const message = d.rules.length
        ? directiveMessage(options, 'adlint/unused-disable-directive', d.comment.span, 'unused-for', { directive, rules: d.rules.map((r) => `"${r.id}"`).join(', ') })
        : directiveMessage(options, 'adlint/unused-disable-directive', d.comment.span, 'unused', { directive });
      message.fix = removeComment(lines, d.comment.span);
      out.push(message);
      continue;
    }
    d.rules.forEach((rule, i) => {
      if (hits.has(rule.id) || !options.isKnownRule(rule.id)) return;
      const message = directiveMessage(options, 'adlint/unused-disable-directive', rule.span, 'unused-rule', { directive, rule: rule.id });
      message.fix = removeListItem(d.rules, i);
      out.push(message);
    });
  }
  return out;
}

/** Deletes the comment; its whole line when nothing else is on it, else the blanks before it too. */
function removeComment(lines: LineIndex, [start, end]: Span): Edit {
  const text = lines.text;
  let lineStart = start;
  while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
  let lineEnd = end;
  while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
  const alone = text.slice(lineStart, start).trim() === '' && text.slice(end, lineEnd).trim() === '';
  if (alone) {
    const breakLength = text.startsWith('\r\n', lineEnd) ? 2 : lineEnd < text.length ? 1 : 0;
    return { range: [lineStart, lineEnd + breakLength], text: '' };
  }
  let from = start;
  while (from > lineStart && (text[from - 1] === ' ' || text[from - 1] === '\t')) from--;
  return { range: [from, end], text: '' };
}

/** Deletes one rule id and the separator that joins it to its neighbour. */
function removeListItem(rules: DirectiveRule[], i: number): Edit {
  const rule = rules[i]!;
  const range: Span = i > 0 ? [rules[i - 1]!.span[1], rule.span[1]] : [rule.span[0], rules[i + 1]!.span[0]];
  return { range, text: '' };
}

function directiveMessage({ lines, language = 'en' }: DirectiveOptions, ruleId: string, [start, end]: Span, messageId: DirectiveMessageId, data: MessageData): LintMessage {
  const from = lines.position(start);
  const to = lines.position(end);
  return {
    ruleId,
    messageId,
    data,
    severity: 'warning',
    message: fillTemplate(DIRECTIVE_MESSAGES[messageId][language], data),
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    field: null,
    category: 'directive',
    platform: null,
    source: null,
  };
}
