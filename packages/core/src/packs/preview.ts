import type { CreativeData } from '../model/creative.js';
import { ConfigError } from '../model/message.js';
import type { Pack, PreviewLayout, PreviewWords } from '../model/pack.js';
import { locate } from '../schema/yaml-locate.js';
import { defaultPlacementFor, packPlacements } from '../vocabulary/terms.js';

/** Words of a pack that sets a layout but not all its words: English, as most packs speak. */
const DEFAULT_WORDS: PreviewWords = { sponsored: 'Sponsored', more: 'See more', cta: 'Learn more', advertiser: 'Your brand' };

/** How one platform shows one creative, as its pack's `preview:` says. */
export interface PlatformPreview {
  platform: string;
  layout: PreviewLayout;
  /** The placement the layout was chosen for (written, or the pack's default). */
  placement: string | null;
  /** The pack's language: the words and the findings marked in the preview speak it. */
  locale?: string;
  words: PreviewWords;
}

/** The preview of a creative for the platform of `pack`, or null when the pack draws none. */
export function platformPreview(pack: Pack, data: CreativeData): PlatformPreview | null {
  const spec = pack.preview;
  if (!spec) return null;
  const written = typeof data.placement === 'string' ? packPlacements(pack)?.resolve(data.placement) : undefined;
  const placement = written ?? defaultPlacementFor(pack, data);
  // A landing page (a placement every pack knows) is a web page, not an ad to draw.
  if (placement === 'landing_page') return null;
  const layout = (placement !== null && spec.placements?.[placement]) || spec.layout;
  if (layout === 'none') return null;
  return {
    platform: pack.id,
    layout,
    placement,
    ...(pack.locale ? { locale: pack.locale } : {}),
    words: { ...DEFAULT_WORDS, ...spec.words },
  };
}

/** Load-time check: `preview.placements` names only the pack's placements (a typo would silently draw the wrong layout). */
export function validatePackPreview(pack: Pack): void {
  const listed = Object.keys(pack.preview?.placements ?? {});
  if (!listed.length) return;
  const placements = packPlacements(pack);
  for (const id of listed) {
    if (placements?.has(id)) continue;
    const near = placements?.nearest(id);
    const [start] = locate(pack.doc, ['preview', 'placements', id], true);
    const reason = placements
      ? `preview.placements: "${id}" is not one of the pack's placements${near ? ` (did you mean "${near}"?)` : ''}: ${placements.ids().join(', ')}`
      : `preview.placements: "${id}" needs the pack to declare its \`placements:\``;
    throw new ConfigError(reason, { file: pack.file, ...pack.lines.position(start) });
  }
}
