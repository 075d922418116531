import type { PlacementSource } from '../model/coverage.js';
import type { Creative, CreativeData } from '../model/creative.js';
import type { Pack } from '../model/pack.js';
import type { ReadProblem } from '../readers/types.js';
import { spanOf } from '../engine/positions.js';
import { defaultPlacementFor, packPlacements, packRoles } from './terms.js';
import { displayNameOf } from '../model/pack.js';
import { worded, type MessageData } from '../model/wording.js';
import { VOCABULARY_PARTS, VOCABULARY_PROBLEMS, termName, termNames } from './problems.js';


/** The creative as one platform's rules see it: placement and media roles as that platform's ids. */
export interface PlatformView {
  platform: string;
  data: CreativeData;
  placement: string | null;
  placementSource: PlacementSource;
}

/**
 * The creative as `pack`'s rules see it. A placement or role written as an alias (`stories`,
 * `信息流`) becomes the platform's id; a creative without a placement is checked as the
 * platform's default one, and says so (info); an unknown placement is a warning with a
 * did-you-mean and is checked as the default. `gatedRules` is how many of the platform's rules
 * apply only to some placements: what a creative without a usable placement misses.
 */
export function platformView(creative: Creative, pack: Pack, options: { gatedRules: number; roleKnownElsewhere?: (role: string) => boolean }): { view: PlatformView; problems: ReadProblem[] } {
  const { gatedRules } = options;
  const platform = pack.id;
  const problems: ReadProblem[] = [];
  const placements = packPlacements(pack);
  const written = creative.data.placement;
  let placement: string | null = null;
  let placementSource: PlacementSource = 'none';
  if (!placements) {
    // A pack without placements (a law) has no placement-specific rules: what is written is kept.
    if (typeof written === 'string' && written.trim()) {
      placement = written;
      placementSource = 'written';
    }
  } else {
    const fallback = defaultPlacementFor(pack, creative.data);
    const about: MessageData = { platform, platform_name: displayNameOf(pack), placements: placements.ids().join(', '), placement_names: termNames(placements), ...(fallback ? { placement: fallback, placement_name: termName(placements, fallback) } : {}), rules: gatedRules };
    const outcome = VOCABULARY_PARTS[fallback ? 'checked-as-default' : gatedRules === 1 ? 'rule-not-checked' : gatedRules ? 'rules-not-checked' : 'no-rule-depends'];
    const warn = { ruleId: 'adlint/unknown-placement', category: 'schema', severity: 'warning', field: 'placement', platform, span: spanOf(creative, 'placement') } as const;
    if (typeof written === 'string' && written.trim() !== '') {
      const id = placements.resolve(written);
      if (id) {
        placement = id;
        placementSource = 'written';
      } else {
        const near = placements.nearest(written);
        const nearData: MessageData = near ? { near, near_name: termName(placements, near) } : {};
        problems.push({ ...warn, ...worded(VOCABULARY_PROBLEMS, 'unknown-placement', { ...about, written, ...nearData }, { near_hint: near ? VOCABULARY_PARTS.near : undefined, outcome }) });
      }
    } else if (typeof written === 'string') {
      problems.push({ ...warn, ...worded(VOCABULARY_PROBLEMS, 'empty-placement', about, { outcome }) });
    }
    if (placement === null && fallback) {
      placement = fallback;
      placementSource = 'default';
      if (written === undefined) {
        problems.push({ ruleId: 'adlint/default-placement', category: 'schema', severity: 'info', platform, span: creative.span, ...worded(VOCABULARY_PROBLEMS, 'default-placement', about) });
      }
    } else if (placement === null && written === undefined && gatedRules > 0) {
      problems.push({ ruleId: 'adlint/no-placement', category: 'schema', severity: 'warning', platform, span: creative.span, ...worded(VOCABULARY_PROBLEMS, gatedRules === 1 ? 'no-placement-one' : 'no-placement', about) });
    }
  }
  const data: CreativeData = { ...creative.data };
  if (placement !== null) data.placement = placement;
  else delete data.placement;
  const roles = packRoles(pack);
  if (roles && data.media) {
    data.media = data.media.map((m, i) => {
      if (typeof m.role !== 'string') return m;
      const id = roles.resolve(m.role);
      if (id) return id === m.role ? m : { ...m, role: id };
      // One creative serves several platforms: a role another of them declares is not a typo.
      if (options.roleKnownElsewhere?.(m.role)) return m;
      const near = roles.nearest(m.role);
      const data: MessageData = { platform, platform_name: displayNameOf(pack), written: m.role, roles: roles.ids().join(', '), role_names: termNames(roles), ...(near ? { near, near_name: termName(roles, near) } : {}) };
      problems.push({
        ruleId: 'adlint/unknown-role', category: 'schema', severity: 'warning', field: `media[${i}].role`, platform, span: spanOf(creative, `media[${i}].role`),
        ...worded(VOCABULARY_PROBLEMS, 'unknown-role', data, { near_hint: near ? VOCABULARY_PARTS.near : undefined }),
      });
      return m;
    });
  }
  return { view: { platform, data, placement, placementSource }, problems };
}
