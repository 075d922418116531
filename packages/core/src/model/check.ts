import type { Creative } from './creative.js';
import type { MessageCategory } from './message.js';
import type { Language, Wordings } from './wording.js';

/** A field the rule's selectors resolved to. `value` is undefined when the field is missing. */
export interface FieldValue {
  path: string;
  value: unknown;
}

/** An edit in terms of one text value: [start, end) are UTF-16 offsets into the value. */
export interface ValueEdit {
  range: [number, number];
  text: string;
}

/** What a check reports; the engine turns it into a positioned message. */
export interface Report {
  /** Field path the report is about; null for the creative as a whole. */
  field: string | null;
  /** Offending characters within the field's text value; the whole field when absent. */
  range?: [number, number];
  /** Values for the message template (`{{actual}}`, `{{max}}`, `{{term}}`…). */
  data?: Record<string, string | number>;
  fix?: ValueEdit;
  suggestions?: { desc: string; edit: ValueEdit }[];
  category?: MessageCategory;
  /**
   * Which of the check's messages this is (`format`, `file-size`…), so a pack can word each its
   * own way (a rule's `messages:`); the check's id when absent. Media checks name the aspect in
   * `data.aspect`, which serves when this is absent.
   */
  messageId?: string;
  /**
   * A problem with the input itself (a missing media file), which the rule's template about its
   * own subject would misdescribe: worded by the rule's `messages:` for its id, else the check's
   * default in the pack's language, never by the rule's `message`.
   */
  aboutInput?: true;
}

export interface CheckInput {
  creative: Creative;
  /** Fields selected by the rule's `applies.fields` (or the check's defaults). */
  fields: FieldValue[];
  /** Directory of the creative's file, for checks that read referenced files. */
  baseDir: string;
}

export type CompiledCheck = (input: CheckInput) => Report[] | Promise<Report[]>;

/** What the engine knows of a rule while compiling its check. */
export interface RuleContext {
  /** `<pack>/<rule>` */
  ruleId: string;
  /** The pack file, for resolving lexicon paths and reporting errors. */
  packFile: string;
  /** The pack's language, for what a check words itself (units, country names, suggestion labels). */
  language: Language;
  /** Reports a problem in the rule's parameters (a pack error). `path` is relative to the rule. */
  fail(reason: string, path?: (string | number)[]): never;
}

/** A check type: one module, one job. Adding one is this object plus its tests. */
export interface CheckType<P = Record<string, unknown>> {
  id: string;
  description: string;
  /** Category of the messages it reports unless the rule or the report says otherwise. */
  category: MessageCategory;
  /** JSON Schema of the check's parameters (keys at the rule's top level). */
  paramsSchema: { properties: Record<string, unknown>; required?: string[]; [k: string]: unknown };
  /**
   * Its messages by id (see Report.messageId), each a default template over the report's data in
   * every language adlint speaks, as ESLint's `meta.messages`. The engine fills the report's one,
   * in the pack's language, into `{{problem}}` for the rule's `message`; a rule's `messages:`
   * rewords an id whole. A rule may word only these ids.
   */
  messages: Wordings;
  /** Field selectors used when a rule gives none. */
  defaultFields?: string[];
  /** What a visual report previews of this check's rules, so the report need not know one check from another. */
  preview?: CheckPreview<P>;
  /** Compiles a rule's parameters once per run. */
  compile(params: P, rule: RuleContext): CompiledCheck;
}

/** Where a rule cuts one text value, in the unit its messages name (`characters`, `width units`…). */
export interface DisplayCut {
  max: number;
  unit: string;
  actual: number;
  /** UTF-16 offset in the value where the part past `max` starts; null when the value fits. */
  cut: number | null;
  /** Where the counted text ends (before trailing whitespace the rule trims). */
  end: number;
}

export interface CheckPreview<P> {
  /** The display limit a rule sets on one text value, or null when it sets none. */
  limit?(params: P, text: string): DisplayCut | null;
  /** The aspect ratios a rule accepts for the media it looks at, or null when it does not say. */
  ratios?(params: P): string[] | null;
}
