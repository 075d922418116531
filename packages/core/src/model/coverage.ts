/** Why a rule did not check a creative (see docs/cli.md, "Coverage"). */
export type CoverageSkip = 'placement' | 'category' | 'special_ad_category' | 'locale' | 'country' | 'off' | 'field';

/** How the placement a platform's rules saw was arrived at: written (or an alias), the platform's default, or none. */
export type PlacementSource = 'written' | 'default' | 'none';

/** What one platform's rules did with one creative. */
export interface PlatformCoverage {
  platform: string;
  /** The placement its rules saw (a canonical id), or null. */
  placement: string | null;
  placementSource: PlacementSource;
  /** The category its rules saw (a taxonomy id): the declared one, else the first the copy tells; or null. */
  category: string | null;
  /** Whether `category` was written (or implied by `special_ad_category`) or inferred from the copy. */
  categorySource: 'written' | 'inferred' | 'none';
  /** Rules of the platform (and the packs it extends). */
  rules: number;
  /** Rules that checked the creative (found something or not). */
  ran: number;
  /** Rules that did not, by reason. */
  skipped: Partial<Record<CoverageSkip, number>>;
}

/** Coverage of one creative of a file. */
export interface CreativeCoverage {
  /** Position of the creative within its file (0 for single-creative files). */
  index: number;
  name?: string;
  /** 1-based line where the creative starts. */
  line: number;
  /** Categories the copy tells that the creative does not declare: their rules applied too. */
  inferredCategories: InferredCategoryAt[];
  platforms: PlatformCoverage[];
}

/** A category inferred from the copy, and the words (1-based line and column) that tell it. */
export interface InferredCategoryAt {
  category: string;
  found: string;
  field: string;
  line: number;
  column: number;
}
