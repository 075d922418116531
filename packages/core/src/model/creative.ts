import type { LiveLanding } from './live-landing.js';
import type { ImageTextSource } from './image-text.js';

export type Span = [number, number];

export interface MediaRef {
  path: string;
  role?: string;
  placement?: string;
  /** Text read from the image (or a video's cover picture) when a rule asks for it: see model/image-text.ts. Written in the creative, it is checked as written instead. */
  text?: string;
  /** A video's sampled frames whose text differs from the frame before: seconds and text. */
  frames?: { time?: number; text: string }[];
}

export interface Targeting {
  age_min?: number;
  age_max?: number;
  genders?: string[];
  countries?: string[];
  regions?: string[];
  zip_codes?: (string | number)[];
  radius_miles?: number;
  languages?: string[];
  interests?: string[];
  lookalike?: boolean;
}

export interface PageLink {
  text: string;
  href: string;
}

/** The creative as written (snake_case, shared by every platform). Copy values are strings or lists of strings. */
export interface CreativeData {
  name?: string;
  platforms?: string[];
  placement?: string;
  locale?: string;
  category?: string;
  special_ad_category?: string;
  copy?: Record<string, string | string[]>;
  landing_url?: string;
  /** A local landing page (`*.landing.md` or `*.landing.html`), relative to the creative's file. */
  landing?: string;
  display_url?: string;
  terms_url?: string;
  media?: MediaRef[];
  /** Links on a landing page (HTML pages): their text and target, for must-haves a footer link shows. */
  links?: PageLink[];
  targeting?: Targeting;
  [key: string]: unknown;
}

/** Where each UTF-16 unit of a text value came from in its file (readers build it, fixes and positions use it). */
export interface TextMap {
  /** starts[i], ends[i]: source offsets (end exclusive) of value unit i. */
  starts: Int32Array;
  ends: Int32Array;
}

/** How a text value was written in its source; fixes must respect it. */
export type ScalarStyle =
  | 'PLAIN' | 'QUOTE_SINGLE' | 'QUOTE_DOUBLE' | 'BLOCK_LITERAL' | 'BLOCK_FOLDED' | 'MARKDOWN'
  /** A CSV/TSV cell written inside double quotes, or without them. */
  | 'CSV_QUOTED' | 'CSV_PLAIN'
  /** Text of an HTML page (`*.landing.html`): entities and collapsed whitespace. */
  | 'HTML'
  | 'UNKNOWN';

export interface TextSource {
  span: Span;
  style: ScalarStyle;
  /** Per-unit source map; null when only the whole span is known. */
  map: TextMap | null;
}

/** One ad or listing, with a map from every field path back to the file. */
export interface Creative {
  filePath: string;
  /** Position of this creative within its file (0 for single-creative files). */
  index: number;
  data: CreativeData;
  /** Categories the copy tells beside the declared one (set by the linter): their rules apply too. */
  inferredCategories?: string[];
  /** Where the creative starts: used for messages about something missing. */
  span: Span;
  /** Source span of each field path written in the file (`copy.headlines[2]`, `targeting.age_min`). */
  spans: Map<string, Span>;
  /** Text values' source maps by field path. */
  texts: Map<string, TextSource>;
  /** For a `*.landing.md` page linted because ads link it: those ads' files (they report its must-haves). */
  linkedBy?: string[];
  /** Sources of the text read from its media (`media[0].text`, `media[1].frames[2].text`), when a rule asked for it. */
  imageText?: Map<string, ImageTextSource>;
  /** The page served at `landing_url`, when the run fetches landing pages (`--fetch-landing`). */
  liveLanding?: LiveLanding;
}
