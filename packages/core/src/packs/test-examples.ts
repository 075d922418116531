import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { parse, stringify } from 'yaml';
import type { CreativeData } from '../model/creative.js';
import type { LintMessage } from '../model/message.js';
import { displayNameOf } from '../model/pack.js';
import { manifestReader } from '../readers/manifest.js';
import { LineIndex } from '../text/line-index.js';
import { applyFixes } from '../engine/apply-fixes.js';
import { lintCreative, type ActiveRule } from '../engine/lint.js';
import type { PackRegistry } from './registry.js';
import type { CategoryTaxonomy } from '../vocabulary/categories.js';
import { normaliseCategory } from '../vocabulary/creative-category.js';
import { platformView } from '../vocabulary/platform-view.js';

export interface ExampleOutcome {
  ruleId: string;
  kind: 'valid' | 'invalid';
  index: number;
  passed: boolean;
  /** Why it failed (messages it produced, or that it produced none). */
  detail?: string;
}

export interface PackTestResult {
  packId: string;
  outcomes: ExampleOutcome[];
}

/** What the self-test needs of a linter: the packs, and their rules compiled. */
export interface PackRules {
  packs: Pick<PackRegistry, 'get'>;
  activeRules(platforms: readonly string[]): ActiveRule[];
  taxonomy: CategoryTaxonomy;
}

/** One message an invalid example must produce, as its long form states it. */
interface ExpectedMessage {
  field?: string | null;
  line?: number;
}

/**
 * An example as written: a partial creative (the short form), or RuleTester's long form
 * `{ creative, messages, output }` where `messages` is how many the rule must report or the list
 * of them (each with its `field`, optionally its `line`), and `output` the creative after the
 * rule's fixes.
 */
interface Example {
  creative: CreativeData;
  messages?: number | ExpectedMessage[];
  output?: CreativeData;
}

const LONG_FORM_KEYS = new Set(['creative', 'messages', 'output']);

function exampleOf(written: CreativeData): Example {
  const keys = Object.keys(written);
  if (keys.includes('creative') && keys.every((k) => LONG_FORM_KEYS.has(k))) return written as unknown as Example;
  return { creative: written };
}

/** The creative of an example as written in a pack, in either form (for docs and `explain`). */
export function exampleCreative(written: CreativeData): CreativeData {
  return exampleOf(written).creative;
}

/**
 * A message about the input rather than the rule's finding: the file or a media file it names
 * cannot be read, or the creative breaks the schema. An example that needs one to "fire" tests
 * nothing, so any of them fails it.
 */
function isInputProblem(m: LintMessage): boolean {
  return m.category === 'parse' || m.category === 'schema';
}

/**
 * Runs every rule's embedded examples, like ESLint's RuleTester. An invalid example must produce
 * at least one message from its rule (exactly those its long form states, and its `output` once
 * fixed); a valid one none. Either fails when the example is not a valid creative or a message is
 * about the input (a media file that does not exist) rather than the rule's finding. Examples go
 * through the real manifest reader, so positions and field paths are exercised too.
 */
export async function testPacks(linter: PackRules, ids: readonly string[]): Promise<PackTestResult[]> {
  const results: PackTestResult[] = [];
  for (const id of ids) {
    const pack = linter.packs.get(id);
    const rules = linter.activeRules([id]).filter((a) => a.rule.packId === id);
    const outcomes: ExampleOutcome[] = [];
    for (const { rule } of rules) {
      const active = [{ rule: { ...rule, severity: rule.severity === 'off' ? 'error' : rule.severity }, platforms: [id] }];
      for (const kind of ['invalid', 'valid'] as const) {
        const examples = rule.definition.examples[kind];
        for (let index = 0; index < examples.length; index++) {
          const example = exampleOf(examples[index]!);
          const text = stringify(example.creative);
          const file = path.join(path.dirname(pack.file), `${rule.id}.${kind}-${index}.ad.yaml`);
          const read = await manifestReader.read(text, file, {});
          const lines = new LineIndex(text);
          const messages: LintMessage[] = [];
          for (const creative of read.creatives) {
            // Examples are read as creatives are: category ids, the pack's placement ids and its default placement.
            normaliseCategory(creative, linter.taxonomy);
            const views = new Map([[id, platformView(creative, pack, { gatedRules: 0 }).view.data]]);
            messages.push(...(await lintCreative(creative, active, lines, path.dirname(pack.file), { views, platformName: (p) => displayNameOf(linter.packs.get(p)) })));
          }
          const detail = read.problems.length
            ? `example is not a valid creative: ${read.problems[0]!.reason}`
            : judge(kind, example, messages.filter((m) => m.ruleId === rule.id), text);
          outcomes.push({ ruleId: rule.id, kind, index, passed: detail === undefined, ...(detail ? { detail } : {}) });
        }
      }
    }
    results.push({ packId: id, outcomes });
  }
  return results;
}

/** Why an example fails given its rule's messages, or undefined when it passes. */
function judge(kind: 'valid' | 'invalid', example: Example, own: LintMessage[], text: string): string | undefined {
  const input = own.filter(isInputProblem);
  if (input.length) return `reports a problem with the example itself, not the rule's finding: ${input.map((m) => m.message).join(' | ')}`;
  if (kind === 'valid') return own.length ? `expected no message, got: ${own.map((m) => m.message).join(' | ')}` : undefined;
  if (own.length === 0) return 'expected at least one message, got none';
  const stated = example.messages;
  if (typeof stated === 'number' && own.length !== stated) return `expected ${stated} message${stated === 1 ? '' : 's'}, got ${own.length}: ${own.map(describe).join(' | ')}`;
  if (Array.isArray(stated)) {
    if (own.length !== stated.length) return `expected ${stated.length} message${stated.length === 1 ? '' : 's'}, got ${own.length}: ${own.map(describe).join(' | ')}`;
    for (let i = 0; i < stated.length; i++) {
      const want = stated[i]!;
      const got = own[i]!;
      if (want.field !== undefined && want.field !== got.field) return `message ${i + 1}: expected field ${want.field ?? 'null'}, got ${describe(got)}`;
      if (want.line !== undefined && want.line !== got.line) return `message ${i + 1}: expected line ${want.line}, got ${describe(got)}`;
    }
  }
  if (example.output !== undefined) {
    const fixed = parse(applyFixes(text, own).output) as unknown;
    if (!isDeepStrictEqual(fixed, example.output)) return `expected output ${JSON.stringify(example.output)}, got ${JSON.stringify(fixed)}`;
  }
  return undefined;
}

function describe(m: LintMessage): string {
  return `${m.field ?? '(creative)'} at line ${m.line}: ${m.message}`;
}
