import path from 'node:path';
import type { Creative, CreativeData } from './model/creative.js';
import { ConfigError, ConfigProblems, summarize, type FileResult, type LintMessage } from './model/message.js';
import { compileRule } from './packs/compile.js';
import { displayNameOf, type CompiledRule, type RuleSetting } from './model/pack.js';
import { PackRegistry, bundledRulesDir } from './packs/registry.js';
import { bareMediaCreative, type MediaAssignment } from './readers/bare-media.js';
import { readItems, readerFor } from './readers/index.js';
import type { SheetSettings } from './readers/sheet/mapping.js';
import { kindByName } from './media/file.js';
import { describeSuffixes, isLandingPageFile } from './model/file-types.js';
import { decodeText, type SourceEncoding } from './readers/source-file.js';
import type { DirectiveComment, ReadProblem } from './readers/types.js';
import { LineIndex } from './text/line-index.js';
import { NotReadableError, isLinkRefused, readRegularFileAndModeSync } from './fs/regular-file.js';
import { withRuleReads } from './fs/read-log.js';
import { mayRead, mayReadUnlessLink, projectRoot } from './fs/project-root.js';
import { absolutePath } from './fs/absolute.js';
import { didYouMeanHint } from './text/did-you-mean.js';
import { DEFAULT_MAX_FILE_SECONDS, DEFAULT_MAX_TEXT_LENGTH, capTextLengths } from './engine/limits.js';
import { compareMessages, lintCreative, withoutRepeats, type ActiveRule, type RuleOutcome } from './engine/lint.js';
import type { CoverageSkip, CreativeCoverage, PlatformCoverage } from './model/coverage.js';
import { platformView, type PlatformView } from './vocabulary/platform-view.js';
import { packRoles } from './vocabulary/terms.js';
import { spanOf } from './engine/positions.js';
import { selectFields } from './model/fields.js';
import { fetchLiveLanding } from './landing/live-problems.js';
import type { LandingFetcher } from './model/live-landing.js';
import { applyDirectives } from './engine/directives.js';
import { normaliseCategory } from './vocabulary/creative-category.js';
import { gatedCategories, inferCategories } from './vocabulary/category-signals.js';
import { taxonomyFor, type CategoryTaxonomy } from './vocabulary/categories.js';
import { addLink, linkedPagePath, mayNameLandingPage, type LandingLink } from './landing/links.js';
import { deepMerge } from './readers/manifest.js';
import { hasCjk } from './text/fold.js';
import { fillTemplate, joinList, languageOf, worded, type Language, type MessageData } from './model/wording.js';
import { RUN_MESSAGES, SKIP_WORDS } from './engine/run-messages.js';
import { VOCABULARY_PARTS, VOCABULARY_PROBLEMS } from './vocabulary/problems.js';
import { readProblem, type FileProblemId } from './readers/file-problems.js';
import { DEFAULT_OCR_SETTINGS, newImageTextRun, selectsImageText, type OcrSettings } from './model/image-text.js';

export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;
/** The rule settings of a call that gives none: one object, so activeRules knows it. */
const NO_RULE_SETTINGS: Record<string, RuleSetting> = Object.freeze({});
/** Bytes (and characters, of the few it decoded) of the sources `landingLinks` keeps for the lint at most (a few thousand creative files). */
const KEPT_SOURCES_SIZE = 8 * 1024 * 1024;

/** A file the landing-links pass read, kept for the lint that follows (the size limit it was read up to). */
interface KeptSource {
  limit: number;
  bytes: Buffer;
  mode: number;
  source?: SourceText;
}

function keptSize(bytes: Buffer, source: SourceText | undefined): number {
  return bytes.length + (source?.text.length ?? 0);
}

/** A creative file as read: its text, and its bytes and mode, kept for fixing safely. */
export interface SourceText {
  text: string;
  bytes: Buffer;
  mode: number;
  encoding?: SourceEncoding;
}

export interface LinterOptions {
  /** Folders holding `<id>.yaml` packs; the bundled `rules/` by default. */
  rulesDirs?: string[];
}

/** What applies to one file, after config discovery and overrides. */
export interface FileSettings {
  /** Platforms forced for every creative (the CLI's --platform). */
  platforms?: string[];
  /** Platforms from config, used when a creative names none. */
  configPlatforms?: string[];
  rules?: Record<string, RuleSetting>;
  defaults?: CreativeData;
  maxFileSize?: number;
  /** Characters of one text value that are checked (config `max_text_length`). */
  maxTextLength?: number;
  /** Seconds one file may take before its remaining creatives are reported unchecked (config `max_file_seconds`). */
  maxFileSeconds?: number;
  /** Config's `sheets:` entry for a CSV/TSV file: its mapping, platforms, placement, delimiter. */
  sheet?: SheetSettings;
  /** Set for a media file that config assigns to platforms (`media:`): it is linted as a creative of its own. */
  media?: MediaAssignment;
  /** Report `adlint-disable…` directives that silenced nothing (`--report-unused-disable-directives`). */
  reportUnusedDisableDirectives?: boolean;
  /** Lint with only these rule ids (`adlint explain --rejection … <paths>`: just the rules a rejection points at). */
  onlyRules?: readonly string[];
  /** Directives that disable rules must give a reason after ` -- ` (config `requireDisableReason`, `--require-disable-reason`). */
  requireDisableReason?: boolean;
  /** For a `*.landing.md` page that ads link: their platforms and the category and locale it inherits. */
  linkedBy?: LandingLink;
  /** Config `ocr:` (reading text in images and video frames); on with the defaults when absent. */
  ocr?: Partial<OcrSettings>;
  /** Folder where text read from media is kept across runs, by content hash (the CLI's `--cache`). */
  imageTextCache?: string;
  /** Fetches the page at each creative's `landing_url` for the landing checks (`--fetch-landing`); none by default. */
  landingFetch?: LandingFetcher;
}

/**
 * The engine as a library: packs are loaded, validated and compiled once and reused for every
 * file; nothing here writes to a terminal or exits the process.
 */
export class Linter {
  readonly packs: PackRegistry;
  private readonly ruleSets = new Map<string, ActiveRule[]>();
  /** The same sets by the settings object they were asked with (a WeakMap: settings objects come and go). */
  private readonly ruleSetsBySettings = new WeakMap<Record<string, RuleSetting>, Map<string, ActiveRule[]>>();
  private readonly compiled = new Map<string, CompiledRule>();
  private readonly rulesDirs: string[];
  private categoryTaxonomy: CategoryTaxonomy | undefined;
  /** Text read from media this run: what was said once, which files lacked an engine, counts. */
  readonly imageText = newImageTextRun();
  private taxonomyAdditions = 0;
  /**
   * Files the landing-links pass read for the lint to take (see `landingLinks`), by absolute path:
   * their bytes (off the JS heap, so thousands of them held across the pass cost the collector
   * nothing), decoded only by the lint; `source` when the pass decoded the file already.
   */
  private readonly keptSources = new Map<string, KeptSource>();
  private keptSize = 0;

  constructor(options: LinterOptions = {}) {
    this.rulesDirs = options.rulesDirs ?? [bundledRulesDir];
    this.packs = new PackRegistry(this.rulesDirs);
  }

  /**
   * The product categories: rules/categories.yaml of the first rules folder that has one (else the
   * bundled one), with the categories packs from config add. Rebuilt when such a pack is added, and
   * the compiled rules with it (a rule on a parent applies to the new kinds).
   */
  get taxonomy(): CategoryTaxonomy {
    const added = this.packs.addedCategories();
    if (!this.categoryTaxonomy || this.taxonomyAdditions !== added.length) {
      this.categoryTaxonomy = taxonomyFor(this.rulesDirs).extendedWith(added);
      this.taxonomyAdditions = added.length;
      this.compiled.clear();
      this.ruleSets.clear();
    }
    return this.categoryTaxonomy;
  }

  /** Throws a ConfigError naming unknown platform names (neither an id nor an alias) and the known ones. */
  assertPlatforms(ids: readonly string[], where = ''): void {
    const unknown = ids.filter((id) => this.packs.resolve(id) === undefined);
    if (unknown.length) {
      const named = unknown.map((u) => `"${u}"${this.platformHint(u)}`).join(', ');
      throw new ConfigError(`${where}unknown platform${unknown.length > 1 ? 's' : ''} ${named}; known: ${this.packs.ids().join(', ')}`);
    }
  }

  /** Platform names as pack ids (aliases resolved, unknown names kept for the caller to report), each once. */
  canonicalPlatforms(names: readonly string[]): string[] {
    return [...new Set(names.map((n) => this.packs.resolve(n) ?? n))];
  }

  /** ` (did you mean "oceanengine"?)` for a misspelt id or alias (`douyn`), or ''. */
  private platformHint(written: string): string {
    const near = /"(.*)"/.exec(didYouMeanHint(written, this.packs.platformNames()));
    if (!near) return '';
    const id = this.packs.resolve(near[1]!)!;
    return id === near[1] ? ` (did you mean "${id}"?)` : ` (did you mean "${near[1]}", that is "${id}"?)`;
  }

  /** Config may only name rules that exist (in packs that exist); `positionOf` places the key in the file. */
  assertRuleSettings(settings: Record<string, RuleSetting>, file?: string, positionOf?: (key: string) => { line: number; column: number } | undefined): void {
    const problems = new ConfigProblems();
    for (const key of Object.keys(settings)) {
      const slash = key.indexOf('/');
      const packId = key.slice(0, slash);
      const ruleId = key.slice(slash + 1);
      const where = file ? { file, ...positionOf?.(key) } : {};
      if (slash <= 0 || !this.packs.has(packId)) {
        const everyRule = this.packs.ids().flatMap((id) => this.packs.get(id).rules.map((r) => `${id}/${r.id}`));
        problems.add(new ConfigError(`rules: unknown rule "${key}" (expected <pack>/<rule>)${didYouMeanHint(key, everyRule)}`, where));
      } else {
        const rules = this.packs.get(packId).rules.map((r) => r.id);
        if (!rules.includes(ruleId)) problems.add(new ConfigError(`rules: pack "${packId}" has no rule "${ruleId}"${didYouMeanHint(ruleId, rules)}`, where));
      }
    }
    problems.done();
  }

  /** Every rule of the platforms' packs (and what they extend), compiled with config settings, each rule once. */
  activeRules(platforms: readonly string[], settings: Record<string, RuleSetting> = NO_RULE_SETTINGS): ActiveRule[] {
    // Asked once per creative, mostly with the one rules object of a folder's settings: known by
    // that object before a JSON key is made of it (settings are never changed once made).
    const platformsKey = platforms.join(',');
    let byPlatforms = this.ruleSetsBySettings.get(settings);
    const known = byPlatforms?.get(platformsKey);
    if (known) return known;
    const key = `${platformsKey}\u0000${JSON.stringify(settings)}`;
    let set = this.ruleSets.get(key);
    if (!byPlatforms) {
      byPlatforms = new Map();
      this.ruleSetsBySettings.set(settings, byPlatforms);
    }
    if (set) {
      byPlatforms.set(platformsKey, set);
      return set;
    }
    const byId = new Map<string, ActiveRule>();
    // Every rule is compiled before any problem is thrown, so a broken pack reports all its rules' problems.
    const problems = new ConfigProblems();
    for (const platform of platforms) {
      for (const pack of problems.attempt(() => this.packs.chain(platform)) ?? []) {
        pack.rules.forEach((rule, i) => {
          const id = `${pack.id}/${rule.id}`;
          const existing = byId.get(id);
          if (existing) {
            if (!existing.platforms.includes(platform)) existing.platforms.push(platform);
            return;
          }
          const compiled = problems.attempt(() => this.compile(pack.id, i, settings[id]));
          if (compiled) byId.set(id, { rule: compiled, platforms: [platform] });
        });
      }
    }
    problems.done();
    set = [...byId.values()];
    this.ruleSets.set(key, set);
    byPlatforms.set(platformsKey, set);
    return set;
  }

  /** The active rules for these platforms, narrowed to `onlyRules` when the settings name some. */
  private rulesFor(platforms: readonly string[], settings: FileSettings): ActiveRule[] {
    const active = this.activeRules(platforms, settings.rules);
    if (!settings.onlyRules) return active;
    const only = new Set(settings.onlyRules);
    return active.filter((a) => only.has(a.rule.id));
  }

  private compile(packId: string, index: number, setting: RuleSetting | undefined): CompiledRule {
    const key = `${packId}#${index}#${JSON.stringify(setting ?? null)}`;
    let rule = this.compiled.get(key);
    if (!rule) {
      const pack = this.packs.get(packId);
      const built = withRuleReads(() => compileRule(pack, index, this.taxonomy, setting));
      // The pack file itself was read when it was added, before this compilation.
      rule = { ...built.value, dependencies: [...new Set([pack.file, ...built.files])].sort() };
      this.compiled.set(key, rule);
    }
    return rule;
  }

  /** Lints a file from disk: size-limited, decoded strictly (UTF-8, or as its reader decodes it). */
  async lintFile(filePath: string, settings: FileSettings = {}): Promise<FileResult> {
    if (settings.media && kindByName(filePath)) return this.lintMedia(filePath, { ...settings, media: settings.media });
    const source = await this.readSource(filePath, settings);
    return 'problem' in source ? source.problem : this.lintText(source.text, filePath, settings);
  }

  /** A file's text, or the result that reports why it cannot be linted. `bytes` are kept for fixing safely. */
  async readSource(filePath: string, settings: FileSettings = {}): Promise<SourceText | { problem: FileResult }> {
    const limit = this.sizeLimit(filePath, settings);
    if (this.keptSources.size) {
      const abs = absolutePath(filePath);
      const kept = this.keptSources.get(abs);
      if (kept) {
        // Taken once: the lint reads what the landing-links pass read a moment before (checked inside the project then).
        this.keptSources.delete(abs);
        this.keptSize -= keptSize(kept.bytes, kept.source);
        if (kept.limit === limit) return kept.source ?? this.decodeRead(kept, filePath, settings);
      }
    }
    const read = this.readBytes(filePath, settings, limit);
    return 'problem' in read ? read : this.decodeRead(read, filePath, settings);
  }

  /** A file's bytes and mode, or the result that reports why it cannot be read (outside the project, not a regular file, too large). */
  private readBytes(filePath: string, settings: FileSettings, limit: number): { bytes: Buffer; mode: number } | { problem: FileResult } {
    // A creative passed by name (a hook passes staged files) that is a link out of the project is
    // not read: its lines would be printed in messages.
    const root = projectRoot(path.dirname(absolutePath(filePath)));
    const problem = (id: FileProblemId, data?: MessageData) => ({ problem: this.fileProblem(filePath, settings, readProblem(id, [0, 0], data)) });
    try {
      // Synchronous: creative files are small and local, and the promise API's thread-pool round
      // trips per file left the main thread idle for a third of a 2,000-file run.
      if (mayReadUnlessLink(root, filePath)) {
        try {
          // In a folder inside the project, a file that is no link is inside: opened refusing a link, no lstat first.
          return readRegularFileAndModeSync(filePath, limit, { noFollow: true });
        } catch (e) {
          // A link: judged whole, below.
          if (!isLinkRefused(e)) throw e;
        }
      }
      if (!mayRead(root, filePath)) return problem('outside-project', { root });
      return readRegularFileAndModeSync(filePath, limit);
    } catch (e) {
      if (!(e instanceof NotReadableError)) throw e;
      if (e.code === 'EFBIG') return problem('too-large', { bytes: e.size ?? 0, limit });
      if (e.code === 'EISDIR') return problem('directory');
      if (e.code === 'ENOTREG') return problem('not-a-file');
      return problem('unreadable', { code: e.message });
    }
  }

  private decodeRead(read: { bytes: Buffer; mode: number }, filePath: string, settings: FileSettings): SourceText | { problem: FileResult } {
    const decoded = this.decodeSource(read.bytes, filePath, settings);
    return 'problem' in decoded ? decoded : { ...decoded, mode: read.mode };
  }

  /** The size limit a file named `filePath` is read up to (max_file_size, or its reader's). */
  sizeLimit(filePath: string, settings: FileSettings = {}): number {
    return settings.maxFileSize ?? readerFor(filePath)?.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  }

  /**
   * Bytes from anywhere (a file, standard input) checked as a file's are: the size limit, then
   * strict decoding (UTF-8 without NUL, or as the reader decodes: UTF-16 with a BOM for sheets).
   */
  decodeSource(bytes: Buffer, filePath: string, settings: FileSettings = {}): { text: string; bytes: Buffer; encoding?: SourceEncoding } | { problem: FileResult } {
    const limit = this.sizeLimit(filePath, settings);
    if (bytes.length > limit) return { problem: this.fileProblem(filePath, settings, readProblem('over-limit', [0, 0], { limit })) };
    const decoded = (readerFor(filePath)?.decode ?? decodeText)(bytes);
    if (!decoded.ok) {
      const { ok: _, ...worded } = decoded;
      return { problem: this.fileProblem(filePath, settings, { ruleId: 'adlint/parse', category: 'parse', span: [0, 0], ...worded }) };
    }
    return { text: decoded.text, bytes, ...(decoded.encoding ? { encoding: decoded.encoding } : {}) };
  }

  /** Lints a bare media file as a creative holding just that file; messages sit at 1:1 of the file. */
  async lintMedia(filePath: string, settings: FileSettings & { media: MediaAssignment }): Promise<FileResult> {
    const creative = bareMediaCreative(filePath, settings.media, settings.defaults);
    const lines = new LineIndex('');
    const messages: LintMessage[] = [];
    const platforms = this.prepare(creative, settings, lines, messages);
    // Only rules that look at media have anything to say about a file with no copy, URLs or targeting.
    const rules = this.rulesFor(platforms, settings).filter((a) => a.rule.fields.some((f) => f.startsWith('media')));
    const coverage = platforms.length ? [await this.checkCreative(creative, platforms, rules, lines, path.dirname(absolutePath(filePath)), messages, settings)] : [];
    messages.sort(compareMessages);
    return withCoverage(summarize(filePath, messages.map((m) => ({ ...m, creative: creative.index }))), coverage);
  }

  /** Absolute paths of the media files these creative files name (files that cannot be read name none). */
  async mediaNamedBy(files: readonly string[]): Promise<Set<string>> {
    const named = new Set<string>();
    for (const file of files) {
      const reader = readerFor(file);
      const source = reader ? await this.readSource(file) : null;
      if (!reader || !source || 'problem' in source) continue;
      for await (const item of readItems(reader, source.text, file, {})) {
        if ('creative' in item) for (const m of item.creative.data.media ?? []) named.add(path.resolve(path.dirname(file), m.path));
      }
    }
    return named;
  }

  /**
   * The local landing pages (`landing: ./page.landing.md`) that these creative files' creatives
   * link, by absolute path, with what each page inherits from its ads: the page is then linted as
   * a creative of its own, so the law runs on its copy with positions in the page's file.
   * `keepSources`: the lint that follows on this thread takes the files read here instead of
   * reading them again (not for runs whose result cache hashes files, or that fix them).
   */
  async landingLinks(entries: readonly { file: string; settings: FileSettings }[], options: { keepSources?: boolean } = {}): Promise<Map<string, LandingLink>> {
    const links = new Map<string, LandingLink>();
    for (const { file, settings } of entries) {
      const reader = readerFor(file);
      if (!reader || isLandingPageFile(file)) continue;
      let text: string;
      if (reader.decode) {
        // A reader with its own encodings (sheets: UTF-16): the plain test below needs the text.
        const source = await this.readSource(file, settings);
        if ('problem' in source) continue;
        if (options.keepSources) this.keepSource(file, settings, source, source);
        text = source.text;
      } else {
        // UTF-8: the bytes tell a file that cannot link a page, and only the few that may are
        // decoded here; the lint decodes the others, so each file is read once and decoded once,
        // and what is kept between the two is bytes off the JS heap, not thousands of strings the
        // collector would copy on every scavenge.
        const read = this.readBytes(file, settings, this.sizeLimit(file, settings));
        if ('problem' in read) continue;
        const source = mayNameLandingPage(read.bytes) ? this.decodeRead(read, file, settings) : null;
        if (options.keepSources) this.keepSource(file, settings, read, source && !('problem' in source) ? source : undefined);
        if (!source || 'problem' in source) continue;
        text = source.text;
      }
      // Most files link no page: a linked page's name has `.landing.` (isLandingPageFile), so a
      // plain test spares the others a second parse (`landing_url:` alone is no link).
      if (!/\.landing\./i.test(text)) continue;
      for await (const item of readItems(reader, text, file, { defaults: settings.defaults, sheet: settings.sheet })) {
        if (!('creative' in item)) continue;
        const { data } = item.creative;
        const page = linkedPagePath(data, file);
        if (!page) continue;
        const platforms = settings.platforms?.length ? settings.platforms : data.platforms?.length ? data.platforms : settings.configPlatforms ?? [];
        addLink(links, page, absolutePath(file), this.canonicalPlatforms(platforms).filter((p) => this.packs.has(p)), data);
      }
    }
    return links;
  }

  /**
   * Keeps a source the landing-links pass read for the lint that follows on this thread, up to
   * KEPT_SOURCES_SIZE in all: a run then reads each of its first files once, not twice.
   */
  private keepSource(file: string, settings: FileSettings, read: { bytes: Buffer; mode: number }, source: SourceText | undefined): void {
    const size = keptSize(read.bytes, source);
    if (this.keptSize + size > KEPT_SOURCES_SIZE) return;
    this.keptSources.set(absolutePath(file), { limit: this.sizeLimit(file, settings), bytes: read.bytes, mode: read.mode, ...(source ? { source } : {}) });
    this.keptSize += size;
  }

  /** Drops the sources `landingLinks` kept that no lint took (files of other shards, a run that stopped). */
  forgetKeptSources(): void {
    this.keptSources.clear();
    this.keptSize = 0;
  }

  /** Lints text as if it were the file `filePath` (the name picks the reader). */
  async lintText(text: string, filePath: string, settings: FileSettings = {}): Promise<FileResult> {
    const reader = readerFor(filePath);
    if (!reader) return this.fileProblem(filePath, settings, readProblem('not-a-creative-file', [0, 0], { expected: describeSuffixes() }));
    const lines = new LineIndex(text);
    const messages: LintMessage[] = [];
    // Worded once the file's creatives are known: a file that names its platforms only in its creatives hears their language.
    const readProblems: ReadProblem[] = [];
    const checkedFor = new Set<string>();
    const directiveComments: DirectiveComment[] = [];
    const baseDir = path.dirname(absolutePath(filePath));
    const maxSeconds = settings.maxFileSeconds ?? DEFAULT_MAX_FILE_SECONDS;
    const deadline = performance.now() + maxSeconds * 1000;
    let stopped = false;
    const linkedBy = isLandingPageFile(filePath) ? settings.linkedBy : undefined;
    // What the page inherits from its ads sits above config defaults, below its own frontmatter.
    const defaults = linkedBy ? deepMerge<CreativeData>(settings.defaults, linkedBy.defaults) : settings.defaults;
    const coverage: CreativeCoverage[] = [];
    for await (const item of readItems(reader, text, filePath, { defaults, sheet: settings.sheet })) {
      if ('problem' in item) {
        readProblems.push(item.problem);
        continue;
      }
      if ('directiveComments' in item) {
        directiveComments.push(...item.directiveComments);
        continue;
      }
      const { creative } = item;
      if (linkedBy) creative.linkedBy = linkedBy.ads;
      if (stopped) continue;
      if (performance.now() > deadline) {
        // Checked between creatives: a huge sheet is reported, not endured, and the run goes on.
        stopped = true;
        messages.push(problemMessage({ ruleId: 'adlint/limit', category: 'parse', span: creative.span, ...worded(RUN_MESSAGES, 'stopped', { seconds: maxSeconds }) }, lines, null, this.languageFor(settings, checkedFor)));
        continue;
      }
      const own: LintMessage[] = [];
      const platforms = this.prepare(creative, settings, lines, own);
      for (const p of platforms) checkedFor.add(p);
      // A landing page file is the page itself: its own landing_url is not fetched to check it.
      if (settings.landingFetch && !isLandingPageFile(filePath)) {
        for (const p of await fetchLiveLanding(creative, settings.landingFetch)) own.push(problemMessage({ ...p, span: spanOf(creative, 'landing_url') }, lines, p.field ?? null, this.languageOfPlatforms(platforms)));
      }
      if (platforms.length) {
        own.push(...capTextLengths(creative, settings.maxTextLength ?? DEFAULT_MAX_TEXT_LENGTH, lines, this.languageOfPlatforms(platforms)));
        coverage.push(await this.checkCreative(creative, platforms, this.rulesFor(platforms, settings), lines, baseDir, own, settings));
      }
      for (const m of own) messages.push({ ...m, creative: creative.index });
    }
    const language = this.languageFor(settings, checkedFor);
    for (const p of readProblems) messages.push(problemMessage(p, lines, p.field ?? null, language));
    const outcome = applyDirectives(withoutRepeats(messages), directiveComments, {
      lines,
      isKnownRule: (id) => this.isKnownRule(id),
      reportUnused: settings.reportUnusedDisableDirectives,
      requireReason: settings.requireDisableReason,
      language,
    });
    outcome.messages.sort(compareMessages);
    outcome.suppressed.sort(compareMessages);
    return withCoverage(summarize(filePath, outcome.messages, outcome.suppressed), coverage);
  }

  /**
   * Runs the rules on one creative as each platform sees it (placement and roles as its ids,
   * the default placement where none is written), adds the vocabulary messages, and returns
   * what ran and what was skipped. A platform none of whose rules checked the creative says so.
   */
  private async checkCreative(creative: Creative, platforms: string[], rules: ActiveRule[], lines: LineIndex, baseDir: string, messages: LintMessage[], settings: FileSettings, outcomes: RuleOutcome[] = []): Promise<CreativeCoverage> {
    await this.readImageText(creative, platforms, rules, baseDir, settings, lines, messages);
    // After the text-length cap: the words that tell the category are read where the rules read;
    // only for the categories these rules gate on (none in a run of ungated rules: no reading).
    const { inferred, problems } = inferCategories(creative, this.taxonomy, gatedCategories(rules));
    for (const problem of problems) messages.push(problemMessage(problem, lines));
    if (inferred.length) creative.inferredCategories = inferred.map((i) => i.category);
    const { views, placements } = this.viewsFor(creative, platforms, rules, lines, messages);
    messages.push(...(await lintCreative(creative, rules, lines, baseDir, { views, outcomes, platformName: (id) => displayNameOf(this.packs.get(id)) })));
    const coverage: CreativeCoverage = {
      index: creative.index,
      ...(typeof creative.data.name === 'string' ? { name: creative.data.name } : {}),
      line: lines.position(creative.span[0]).line,
      inferredCategories: inferred.map(({ category, found, field, span }) => ({ category, found, field, ...lines.position(span[0]) })),
      platforms: platforms.map((platform) => {
        const own = outcomes.filter((o) => o.platforms.includes(platform));
        const skipped: PlatformCoverage['skipped'] = {};
        for (const o of own) if (o.skipped) skipped[o.skipped] = (skipped[o.skipped] ?? 0) + 1;
        const view = placements.get(platform)!;
        return { platform, placement: view.placement, placementSource: view.placementSource, category: creative.data.category ?? inferred[0]?.category ?? null, categorySource: creative.data.category !== undefined ? 'written' : inferred.length ? 'inferred' : 'none', rules: own.length, ran: own.filter((o) => o.skipped === null).length, skipped };
      }),
    };
    for (const p of coverage.platforms) {
      if (p.rules === 0 || p.ran > 0) continue;
      const language = this.languageOfPlatforms([p.platform]);
      const reasons = joinList(Object.entries(p.skipped).map(([why, n]) => `${n}${language === 'zh' ? ' 条' : ' '}${SKIP_WORDS[why as CoverageSkip][language]}`), language);
      const data = { platform: p.platform, platform_name: displayNameOf(this.packs.get(p.platform)), rules: p.rules, reasons };
      messages.push(problemMessage({ ruleId: 'adlint/not-checked', category: 'schema', severity: 'info', platform: p.platform, span: creative.span, ...worded(RUN_MESSAGES, 'not-checked', data) }, lines, null, language));
    }
    return coverage;
  }

  /**
   * Reads the text in the creative's images and video frames when a rule that is on reads it
   * (`media[*].text`…) and config has not switched it off. The reader loads only then: a run
   * over copy alone starts no program and loads no OCR module.
   */
  private async readImageText(creative: Creative, platforms: string[], rules: ActiveRule[], baseDir: string, settings: FileSettings, lines: LineIndex, messages: LintMessage[]): Promise<void> {
    const ocr = { ...DEFAULT_OCR_SETTINGS, ...settings.ocr };
    if (!ocr.enabled || !creative.data.media?.length || creative.imageText) return;
    if (!rules.some((a) => a.rule.severity !== 'off' && a.rule.fields.some(selectsImageText))) return;
    const { addImageText } = await import('./media/creative-text.js');
    const language = this.languageOfPlatforms(platforms);
    for (const p of await addImageText(creative, baseDir, ocr, this.imageText, settings.imageTextCache)) messages.push(problemMessage(p, lines, p.field ?? null, language));
  }

  /** The creative as each platform's rules see it, with the messages that come of it (default placement, unknown names). */
  private viewsFor(creative: Creative, platforms: string[], rules: ActiveRule[], lines: LineIndex, messages: LintMessage[]): { views: Map<string, CreativeData>; placements: Map<string, PlatformView> } {
    const views = new Map<string, CreativeData>();
    const placements = new Map<string, PlatformView>();
    const rolePacks = platforms.map((p) => packRoles(this.packs.get(p))).filter((r) => r !== null);
    for (const platform of platforms) {
      // Placement-specific rules that would have something to check in this creative: a
      // creative with copy only does not need to hear about image rules for stories.
      const gatedRules = rules.filter(({ rule, platforms: of }) => of.includes(platform) && rule.severity !== 'off' && rule.applies.placements && selectFields(creative.data, rule.fields).some((f) => f.value !== undefined)).length;
      const own = packRoles(this.packs.get(platform));
      const { view, problems } = platformView(creative, this.packs.get(platform), {
        gatedRules,
        roleKnownElsewhere: (role) => rolePacks.some((r) => r !== own && r.resolve(role) !== undefined),
      });
      for (const problem of problems) messages.push(problemMessage(problem, lines, problem.field ?? null, this.languageOfPlatforms([platform])));
      views.set(platform, view.data);
      placements.set(platform, view);
    }
    return { views, placements };
  }

  /**
   * Each creative of a file with the platforms and rules it is linted against, for reports that
   * describe creatives. `text` is given when the file was linted from standard input; a file that
   * cannot be read has none.
   */
  async *creatives(filePath: string, settings: FileSettings, text?: string): AsyncIterable<{ creative: Creative; platforms: string[]; rules: ActiveRule[]; lines: LineIndex; views: ReadonlyMap<string, CreativeData> }> {
    const describe = (creative: Creative, lines: LineIndex) => {
      const platforms = this.prepare(creative, settings, lines, []);
      const rules = this.activeRules(platforms, settings.rules);
      // As the lint saw it: categories the copy tells, and each platform's placement (its default where none is written).
      const { inferred } = inferCategories(creative, this.taxonomy, gatedCategories(rules));
      if (inferred.length) creative.inferredCategories = inferred.map((i) => i.category);
      const { views } = this.viewsFor(creative, platforms, rules, lines, []);
      return { creative, platforms, rules, lines, views };
    };
    if (settings.media && kindByName(filePath)) {
      yield describe(bareMediaCreative(filePath, settings.media, settings.defaults), new LineIndex(''));
      return;
    }
    const reader = readerFor(filePath);
    const source = text === undefined ? await this.readSource(filePath, settings) : { text };
    if (!reader || 'problem' in source) return;
    const lines = new LineIndex(source.text);
    for await (const item of readItems(reader, source.text, filePath, { defaults: settings.defaults, sheet: settings.sheet })) {
      if ('creative' in item) yield describe(item.creative, lines);
    }
  }

  /**
   * Why each rule did or did not check each creative of a file (`adlint --print-config`): the
   * coverage of every creative and platform, and every rule's outcome. `text` is given for
   * standard input.
   */
  async explainChecks(filePath: string, settings: FileSettings = {}, text?: string): Promise<{ coverage: CreativeCoverage; outcomes: RuleOutcome[]; messages: LintMessage[] }[]> {
    const baseDir = path.dirname(absolutePath(filePath));
    const explain = async (creative: Creative, lines: LineIndex, media = false) => {
      const messages: LintMessage[] = [];
      const outcomes: RuleOutcome[] = [];
      const platforms = this.prepare(creative, settings, lines, messages);
      let rules = this.rulesFor(platforms, settings);
      if (media) rules = rules.filter((a) => a.rule.fields.some((f) => f.startsWith('media')));
      const coverage = await this.checkCreative(creative, platforms, rules, lines, baseDir, messages, settings, outcomes);
      return { coverage, outcomes, messages };
    };
    if (settings.media && kindByName(filePath)) return [await explain(bareMediaCreative(filePath, settings.media, settings.defaults), new LineIndex(''), true)];
    const reader = readerFor(filePath);
    const source = text === undefined ? await this.readSource(filePath, settings) : { text };
    if (!reader || 'problem' in source) return [];
    const lines = new LineIndex(source.text);
    const out = [];
    for await (const item of readItems(reader, source.text, filePath, { defaults: settings.defaults, sheet: settings.sheet })) {
      if ('creative' in item) out.push(await explain(item.creative, lines));
    }
    return out;
  }

  /**
   * The language a file's own problems (an unreadable file, a broken sheet, a schema error) are
   * worded in: that of the platforms it is checked for when they all speak one, English otherwise.
   * Where neither the command line nor config names any, those its creatives were checked for.
   */
  private languageFor(settings: FileSettings, checkedFor: Iterable<string> = []): Language {
    const chosen = settings.platforms?.length ? settings.platforms : settings.sheet?.platforms?.length ? settings.sheet.platforms : settings.configPlatforms ?? [];
    return this.languageOfPlatforms(chosen.length ? chosen : [...checkedFor]);
  }

  /** The language adlint speaks about these rules (their fixes): their packs', when they all speak one; English otherwise. */
  languageOfRules(ruleIds: readonly string[]): Language {
    return this.languageOfPlatforms([...new Set(ruleIds.map((id) => id.slice(0, id.indexOf('/'))))]);
  }

  /** The language these platforms' packs speak when they all speak one, English otherwise. */
  private languageOfPlatforms(ids: readonly string[]): Language {
    // Most creatives have one platform, and this is asked several times for each: no set for one.
    if (ids.length === 1) return this.packs.has(ids[0]!) ? languageOf(this.packs.get(ids[0]!).locale) : 'en';
    const languages = new Set(ids.filter((id) => this.packs.has(id)).map((id) => languageOf(this.packs.get(id).locale)));
    return languages.size === 1 ? [...languages][0]! : 'en';
  }

  private fileProblem(filePath: string, settings: FileSettings, problem: ReadProblem): FileResult {
    return summarize(filePath, [problemMessage(problem, new LineIndex(''), null, this.languageFor(settings))]);
  }

  /** Whether `<pack>/<rule>` names a rule of a pack this linter knows. */
  isKnownRule(id: string): boolean {
    const slash = id.indexOf('/');
    const packId = id.slice(0, slash);
    return slash > 0 && this.packs.has(packId) && this.packs.get(packId).rules.some((r) => r.id === id.slice(slash + 1));
  }

  /** Normalises the creative's vocabulary (category ids) and returns its platforms; problems become messages. */
  private prepare(creative: Creative, settings: FileSettings, lines: LineIndex, messages: LintMessage[]): string[] {
    const problems = normaliseCategory(creative, this.taxonomy);
    const platforms = this.platformsFor(creative, settings, lines, messages);
    const language = this.languageOfPlatforms(platforms);
    for (const problem of problems) messages.push(problemMessage(problem, lines, problem.field ?? null, language));
    return platforms;
  }

  /** The creative's platforms; unknown ids become messages at their value. */
  private platformsFor(creative: Creative, settings: FileSettings, lines: LineIndex, messages: LintMessage[]): string[] {
    if (settings.platforms?.length) return this.canonicalPlatforms(settings.platforms);
    const own = creative.data.platforms;
    // A landing page is checked for the platforms of the ads that link it before config's.
    const inherited = isLandingPageFile(creative.filePath) ? settings.linkedBy?.platforms : undefined;
    const chosen = own?.length ? own : inherited?.length ? inherited : settings.configPlatforms ?? [];
    const known: string[] = [];
    const unknown: { id: string; field: string | null }[] = [];
    chosen.forEach((name, i) => {
      const field = own?.length ? `platforms[${i}]` : null;
      const id = this.packs.resolve(name);
      if (id !== undefined) {
        if (!known.includes(id)) known.push(id);
        // Said once where the creative writes it; config and --platform names are the user's own shorthand.
        if (id !== name && field) {
          const pack = this.packs.get(id);
          const alias = worded(VOCABULARY_PROBLEMS, 'platform-alias', { written: name, platform: id, platform_name: displayNameOf(pack) });
          messages.push(problemMessage({ ruleId: 'adlint/platform-alias', category: 'schema', severity: 'info', field, span: spanOf(creative, field), ...alias }, lines, field, this.languageOfPlatforms([id])));
        }
        return;
      }
      unknown.push({ id: name, field });
    });
    // Said in the language of the platforms it does name, else the creative's own.
    const language = known.length ? this.languageOfPlatforms(known) : creativeLanguage(creative);
    for (const { id, field } of unknown) {
      // The hint names the id last, after the alias it may have matched (`douyn` → "douyin", that is "oceanengine").
      const hint = /"([^"]*)"(?:, that is "([^"]*)")?\?\)$/.exec(this.platformHint(id));
      const near = hint?.[2] ?? hint?.[1];
      // A Chinese reader is told a platform's Chinese name beside its id (`oceanengine（巨量引擎）`).
      const named = (p: string): string => (hasCjk(displayNameOf(this.packs.get(p))) ? `${p}（${displayNameOf(this.packs.get(p))}）` : p);
      const data: MessageData = { written: id, known: this.packs.ids().join(', '), known_names: this.packs.ids().map(named).join('、'), ...(near ? { near, near_name: named(near), ...(hint?.[2] ? { near_written: hint[1]! } : {}) } : {}) };
      const w = worded(VOCABULARY_PROBLEMS, 'unknown-platform', data, { near_hint: near ? VOCABULARY_PARTS[hint?.[2] ? 'near-alias' : 'near'] : undefined });
      messages.push(problemMessage({ ruleId: 'adlint/unknown-platform', category: 'schema', span: spanOf(creative, field), ...w }, lines, field, language));
    }
    if (chosen.length === 0) {
      // A landing page is told it can also inherit the platforms of the ads that link it.
      const w = worded(VOCABULARY_PROBLEMS, isLandingPageFile(creative.filePath) ? 'no-platform-landing' : 'no-platform', {});
      messages.push(problemMessage({ ruleId: 'adlint/no-platform', category: 'schema', span: creative.span, severity: 'warning', ...w }, lines, null, language));
    }
    return known;
  }
}

/** The language a creative is written in, for what is said about it before any platform is known: its locale, else Chinese copy. */
function creativeLanguage(creative: Creative): Language {
  const locale = creative.data.locale;
  if (locale) return languageOf(locale);
  return hasCjk(Object.values(creative.data.copy ?? {}).flat().join('')) ? 'zh' : 'en';
}

function withCoverage(result: FileResult, coverage: CreativeCoverage[]): FileResult {
  return coverage.length ? { ...result, coverage } : result;
}

function problemMessage(p: ReadProblem, lines: LineIndex, field: string | null = p.field ?? null, language: Language = 'en'): LintMessage {
  const from = lines.position(p.span[0]);
  const to = lines.position(Math.max(p.span[1], p.span[0]));
  return {
    ruleId: p.ruleId,
    ...(p.messageId ? { messageId: p.messageId } : {}),
    ...(p.data ? { data: p.data } : {}),
    severity: p.severity ?? 'error',
    message: p.wording ? fillTemplate(p.wording[language], p.data ?? {}) : p.reason,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    field,
    category: p.category,
    platform: p.platform ?? null,
    source: null,
  };
}
