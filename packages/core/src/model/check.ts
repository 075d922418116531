import type { Creative } from './creative.js';
import type { MessageCategory } from './message.js';

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
   * Replaces the rule's message template: for problems with the input itself (a missing media
   * file), which the rule's wording about its own subject would misdescribe.
   */
  message?: string;
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
  /** Field selectors used when a rule gives none. */
  defaultFields?: string[];
  /** Compiles a rule's parameters once per run. */
  compile(params: P, rule: RuleContext): CompiledCheck;
}
