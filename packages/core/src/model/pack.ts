import type { Document } from 'yaml';
import type { LineIndex } from '../text/line-index.js';
import type { CreativeData } from './creative.js';
import type { CheckType, CompiledCheck } from './check.js';
import type { MessageCategory, RejectionReason, RuleSeverity } from './message.js';
import type { Language } from './wording.js';

export type Confidence = 'documented' | 'reported' | 'uncertain';

export interface Applies {
  fields?: string[];
  placements?: string[];
  categories?: string[];
  special_ad_categories?: string[];
  locales?: string[];
  countries?: string[];
  roles?: string[];
  not?: { placements?: string[]; categories?: string[]; locales?: string[]; countries?: string[] };
}

/** A platform review reason a rule anticipates, as written in a pack (see `reasons` in docs/packs.md). */
export interface ReasonDefinition {
  /** The platform giving the reason; the pack's own platform when absent. */
  platform?: string;
  code?: string;
  text: string;
  source: string;
  confidence?: 'documented' | 'reported';
}

/** A rule as written in a pack. Check parameters sit at the top level beside these keys. */
export interface RuleDefinition {
  id: string;
  check: string;
  severity: RuleSeverity;
  description?: string;
  category?: string;
  applies?: Applies;
  message: string;
  /** Templates by message id, replacing `message` for those messages (a pack words each in its language). */
  messages?: Record<string, string>;
  source: string;
  confidence: Confidence;
  checked_at?: string;
  note?: string;
  reasons?: ReasonDefinition[];
  /** Rules of the same pack whose findings this rule's findings make redundant (the stricter rule wins where both fire). */
  supersedes?: string[];
  examples: { valid: CreativeData[]; invalid: CreativeData[] };
  [param: string]: unknown;
}

/** Keys every rule may have; anything else is a parameter of its check. */
export const COMMON_RULE_KEYS = [
  'id', 'check', 'severity', 'description', 'category', 'applies', 'message', 'messages', 'source',
  'confidence', 'checked_at', 'note', 'reasons', 'supersedes', 'examples',
] as const;

/** A placement or media role a pack declares (`placements:`, `roles:`). */
export interface TermDefinition {
  description: string;
  aliases?: string[];
}

/**
 * The shapes a visual report draws a creative in, one per kind of placement: a layout is generic
 * over the creative model's fields, and a pack says which one each of its placements looks like.
 */
export const PREVIEW_LAYOUTS = ['search-ad', 'feed-post', 'vertical-video', 'product-detail', 'note-card'] as const;
export type PreviewLayout = (typeof PREVIEW_LAYOUTS)[number];

/** The platform's own words a preview shows, in the pack's language. */
export interface PreviewWords {
  /** The ad label (`Sponsored`, `广告`). */
  sponsored: string;
  /** The link behind which truncated text continues (`See more`, `展开`). */
  more: string;
  /** The button shown when the creative names no `copy.cta`. */
  cta: string;
  /** Stands in for the advertiser's name when the creative gives none. */
  advertiser: string;
}

/** How a report previews the platform's placements (`preview:` in a pack). */
export interface PackPreview {
  /** The layout of placements not listed in `placements`. */
  layout: PreviewLayout;
  /** Placements that look otherwise, or not at all (`none`: nothing to preview). */
  placements?: Record<string, PreviewLayout | 'none'>;
  words?: Partial<PreviewWords>;
}

export interface Pack {
  id: string;
  name: string;
  /** The platform's name in the pack's language (`巨量引擎`), for messages (`{{platform_name}}`); `name` when absent. */
  display_name?: string;
  platform?: string;
  /** Other names people write for the platform (`douyin`, `抖音`): read as the pack id. */
  aliases?: string[];
  law?: string;
  description?: string;
  version: string;
  locale?: string;
  abstract?: boolean;
  extends?: string[];
  sources?: (string | { title?: string; url: string })[];
  /** Categories a config pack adds to the taxonomy (same shape as rules/categories.yaml). */
  categories?: Record<string, { name: string; name_zh?: string; parent?: string; description?: string; source?: string; aliases?: string[]; signals?: string[] }>;
  /** More names for other platforms' placements: platform id → placement id → aliases. */
  placement_aliases?: Record<string, Record<string, string[]>>;
  /** The platform's placements by id; rules may gate only on these. */
  placements?: Record<string, TermDefinition>;
  /** The placement a creative without one is checked as (only if it has one of `if_any`, in the object form). */
  default_placement?: string | { placement: string; if_any: string[] };
  /** Media roles by id; rules may name only these in `applies.roles`. */
  roles?: Record<string, TermDefinition>;
  /** How a visual report draws the platform's ads; packs without one are not previewed. */
  preview?: PackPreview;
  rules: RuleDefinition[];
  /** The file it was loaded from, and its parsed document for locating errors. */
  file: string;
  doc: Document;
  lines: LineIndex;
  /** A bundled pack as the build compiled it (see `prebuilt` in schema/yaml-file.ts): its rules are known to compile. */
  prebuilt?: boolean;
  /** The schema keys the build found this pack's data valid against, its rules' parameter schemas included (see YamlCacheEntry). */
  validated?: ReadonlySet<string>;
}

/** Config's word on a rule: a severity, or an object with a severity and/or replacement parameters. */
export type RuleSetting = RuleSeverity | ({ severity?: RuleSeverity } & Record<string, unknown>);

export interface CompiledRule {
  /** `<pack>/<rule>` */
  id: string;
  packId: string;
  definition: RuleDefinition;
  severity: RuleSeverity;
  check: CheckType<never>;
  run: CompiledCheck;
  applies: Applies;
  fields: string[];
  message: string;
  /** Templates by message id (the rule's `messages:`). */
  messages: Record<string, string>;
  /** The language of the pack's `locale`, in which adlint words what it supplies (`{{problem}}`, media problems). */
  language: Language;
  source: string;
  confidence: Confidence;
  category: MessageCategory;
  /** Review reasons the rule anticipates, each with its platform resolved. */
  reasons: RejectionReason[];
  /** `<pack>/<rule>` ids whose findings inside one of this rule's findings are dropped (`supersedes:`). */
  supersedes: string[];
  /** Files the rule was built from: its pack, lexicons wherever named, vocabulary (absolute). */
  dependencies?: string[];
}

/** How messages name a pack's platform (`{{platform_name}}`): its display name in the pack's language, else its name. */
export function displayNameOf(pack: Pick<Pack, 'name' | 'display_name'>): string {
  return pack.display_name ?? pack.name;
}
