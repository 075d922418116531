import { ConfigError } from '../model/message.js';
import type { Pack, TermDefinition } from '../model/pack.js';
import { locate } from '../schema/yaml-locate.js';
import { didYouMean } from '../text/did-you-mean.js';
import { nameKey } from './names.js';
import { isValidSelector, selectFields } from '../model/fields.js';
import type { CreativeData } from '../model/creative.js';
import { deadSelectorPart } from '../schema/creative-fields.js';

/** A pack's placements or media roles: ids, aliases, and the lookup from what a creative writes. */
export class TermVocabulary {
  private readonly byName = new Map<string, string>();

  constructor(readonly kind: 'placement' | 'role', readonly definitions: Readonly<Record<string, TermDefinition>>, fail: (reason: string, at: (string | number)[]) => never) {
    const claim = (name: string, id: string, at: (string | number)[]): void => {
      const key = nameKey(name);
      const owner = this.byName.get(key);
      if (owner !== undefined && owner !== id) fail(`${kind} alias "${name}" names both "${owner}" and "${id}": an alias may belong to one ${kind}`, at);
      this.byName.set(key, id);
    };
    for (const id of this.ids()) claim(id, id, [id]);
    for (const id of this.ids()) (definitions[id]!.aliases ?? []).forEach((alias, i) => claim(alias, id, [id, 'aliases', i]));
  }

  ids(): string[] {
    return Object.keys(this.definitions);
  }

  has(id: string): boolean {
    return Object.hasOwn(this.definitions, id);
  }

  /** The id that a name as written (id or alias, any case or width) stands for. */
  resolve(written: string): string | undefined {
    return this.byName.get(nameKey(written));
  }

  /** The id nearest to an unknown name (through its aliases too), or undefined. */
  nearest(written: string): string | undefined {
    const names = [...this.ids(), ...this.ids().flatMap((id) => this.definitions[id]!.aliases ?? [])];
    const match = didYouMean(written, names);
    return match === undefined ? undefined : this.resolve(match);
  }
}

const placementsOf = new WeakMap<Pack, TermVocabulary | null>();
const rolesOf = new WeakMap<Pack, TermVocabulary | null>();

function packFail(pack: Pack, section: string) {
  return (reason: string, at: (string | number)[]): never => {
    const [start] = locate(pack.doc, [section, ...at], at.length === 1);
    throw new ConfigError(reason, { file: pack.file, ...pack.lines.position(start) });
  };
}

/** The pack's declared placements, or null when it declares none (a law pack). */
/**
 * Every platform's ads lead to a landing page, and `*.landing.md` files are read with this
 * placement: it is known to each pack that declares placements, declared or not.
 */
const LANDING_PAGE: Record<string, TermDefinition> = { landing_page: { description: 'The landing page the ad leads to (a *.landing.md file).', aliases: ['landing', 'landing page'] } };

export function packPlacements(pack: Pack): TermVocabulary | null {
  let v = placementsOf.get(pack);
  if (v === undefined) {
    v = pack.placements ? new TermVocabulary('placement', { ...pack.placements, ...(pack.placements.landing_page ? {} : LANDING_PAGE) }, packFail(pack, 'placements')) : null;
    placementsOf.set(pack, v);
  }
  return v;
}

/**
 * Adds the placement aliases a config pack gives another platform (`placement_aliases:
 * { tiktok: { in_feed: [信息流广告] } }`) to that platform's vocabulary. An unknown placement, or
 * an alias another placement already has, is an error in the adding pack naming both.
 */
export function addPlacementAliases(target: Pack, from: Pack, aliases: Readonly<Record<string, readonly string[]>>): void {
  const fail = (reason: string, at: (string | number)[], atKey = false): never => {
    const [start] = locate(from.doc, ['placement_aliases', target.id, ...at], atKey);
    throw new ConfigError(reason, { file: from.file, ...from.lines.position(start) });
  };
  const vocabulary = packPlacements(target);
  if (!vocabulary) return fail(`placement_aliases: pack "${target.id}" declares no placements to add aliases to`, [], true);
  const definitions: Record<string, TermDefinition> = { ...vocabulary.definitions };
  const added = new Map<string, string>();
  for (const [placement, list] of Object.entries(aliases)) {
    if (!vocabulary.has(placement)) {
      const id = vocabulary.resolve(placement);
      const why = id ? ` ("${placement}" is an alias of "${id}")` : vocabulary.nearest(placement) ? ` (did you mean "${vocabulary.nearest(placement)}"?)` : '';
      fail(`placement_aliases: ${target.id} has no placement "${placement}"${why}; its placements: ${vocabulary.ids().join(', ')}`, [placement], true);
    }
    list.forEach((alias, i) => {
      const owner = vocabulary.resolve(alias) ?? added.get(nameKey(alias));
      if (owner !== undefined && owner !== placement) {
        const where = added.has(nameKey(alias)) ? 'in this pack' : `in ${target.file}`;
        fail(`placement alias "${alias}" for ${target.id}'s "${placement}" already names its placement "${owner}" (${where}): an alias may belong to one placement`, [placement, i]);
      }
      added.set(nameKey(alias), placement);
    });
    definitions[placement] = { ...definitions[placement]!, aliases: [...(definitions[placement]!.aliases ?? []), ...list] };
  }
  placementsOf.set(target, new TermVocabulary('placement', definitions, (reason, at) => fail(reason, at)));
}

/** The pack's declared media roles, or null when it declares none. */
export function packRoles(pack: Pack): TermVocabulary | null {
  let v = rolesOf.get(pack);
  if (v === undefined) {
    v = pack.roles ? new TermVocabulary('role', pack.roles, packFail(pack, 'roles')) : null;
    rolesOf.set(pack, v);
  }
  return v;
}

/** Load-time checks of a pack's own vocabulary: alias collisions, a default that is declared. */
export function validatePackVocabulary(pack: Pack): void {
  const placements = packPlacements(pack);
  packRoles(pack);
  const written = pack.default_placement;
  const fallback = typeof written === 'object' ? written.placement : written;
  const at = typeof written === 'object' ? ['default_placement', 'placement'] : ['default_placement'];
  const fail = (reason: string, path: (string | number)[]): never => {
    const [start] = locate(pack.doc, path);
    throw new ConfigError(reason, { file: pack.file, ...pack.lines.position(start) });
  };
  if (fallback !== undefined && !placements?.has(fallback)) {
    const near = placements?.nearest(fallback);
    fail(placements
      ? `default_placement "${fallback}" is not one of the pack's placements${near ? ` (did you mean "${near}"?)` : ''}: ${placements.ids().join(', ')}`
      : `default_placement "${fallback}" needs the pack to declare its \`placements:\``, at);
  }
  if (typeof written === 'object') {
    written.if_any.forEach((selector, i) => {
      const dead = isValidSelector(selector) ? deadSelectorPart(selector) : selector;
      if (dead !== null) fail(`default_placement.if_any: field selector "${selector}" selects nothing`, ['default_placement', 'if_any', i]);
    });
  }
}

/** The placement a creative without one is checked as, if the pack has one for it. */
export function defaultPlacementFor(pack: Pack, data: CreativeData): string | null {
  const written = pack.default_placement;
  if (written === undefined) return null;
  if (typeof written === 'string') return written;
  return selectFields(data, written.if_any).some((f) => f.value !== undefined) ? written.placement : null;
}
