import { CompletionItemKind, type CompletionItem, type Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigError, packPlacements, type Linter, type Pack, type TermVocabulary } from '@adlint/core';

/** The creative fields whose values come from the packs' vocabulary. */
type VocabularyField = 'platforms' | 'placement' | 'category';

/**
 * The values a creative may write, each with a short description: platform ids (with the pack's
 * name), the placements the packs declare (`placements:`, with the packs that declare them) and
 * the category taxonomy's ids (with their names). Aliases of each (`douyin`, `信息流`, `保健食品`)
 * are filter text, so typing one finds the id it stands for.
 */
export function vocabulary(linter: Linter): Vocabulary {
  const known = vocabularies.get(linter);
  if (known) return known;
  const out: Record<VocabularyField, Map<string, string[]>> = { platforms: new Map(), placement: new Map(), category: new Map() };
  const aliases: Record<VocabularyField, Map<string, string[]>> = { platforms: new Map(), placement: new Map(), category: new Map() };
  const addAliases = (field: VocabularyField, value: string, names: readonly string[]) => {
    const list = aliases[field].get(value) ?? [];
    for (const n of names) if (!list.includes(n)) list.push(n);
    aliases[field].set(value, list);
  };
  const add = (field: VocabularyField, value: string, pack: string) => {
    const packs = out[field].get(value) ?? [];
    if (!packs.includes(pack)) packs.push(pack);
    out[field].set(value, packs);
  };
  for (const id of linter.packs.ids()) {
    let pack: Pack;
    try {
      pack = linter.packs.get(id);
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
      // A broken pack is reported as a diagnostic on its file; completion offers the others.
      continue;
    }
    if (!pack.abstract) {
      add('platforms', id, pack.name);
      addAliases('platforms', id, pack.aliases ?? []);
    }
    let placements: TermVocabulary | null = null;
    try {
      placements = packPlacements(pack);
    } catch (e) {
      if (!(e instanceof ConfigError)) throw e;
    }
    for (const p of placements?.ids() ?? []) {
      add('placement', p, id);
      addAliases('placement', p, placements!.definitions[p]!.aliases ?? []);
    }
  }
  try {
    for (const id of linter.taxonomy.ids()) {
      const info = linter.taxonomy.info(id)!;
      add('category', id, info.parent ? `${info.name} (a kind of ${info.parent})` : info.name);
      addAliases('category', id, info.aliases ?? []);
    }
  } catch (e) {
    // A broken taxonomy is reported where it is read (as a pack problem); completion offers the rest.
    if (!(e instanceof ConfigError)) throw e;
  }
  const vocabulary = { ...out, aliases };
  vocabularies.set(linter, vocabulary);
  return vocabulary;
}

/** Read once per project: a new project (after a pack change) has a new linter. */
const vocabularies = new WeakMap<Linter, Vocabulary>();

/** Values by field, each with what describes it; `aliases`: each value's other names by field (English, Chinese). */
type Vocabulary = Record<VocabularyField, Map<string, string[]>> & { aliases: Record<VocabularyField, Map<string, string[]>> };

/**
 * Which vocabulary field the cursor is the value of, in a YAML creative or Markdown frontmatter:
 * `placement: |`, `category: |`, `platforms: [a, |]`, or a `- |` item under `platforms:`.
 */
export function fieldAt(doc: TextDocument, position: Position): VocabularyField | null {
  const line = doc.getText({ start: { line: position.line, character: 0 }, end: position });
  const inline = /^\s*(?:-\s+)?(platforms|placement|category)\s*:\s*(.*)$/.exec(line);
  if (inline) {
    const field = inline[1] as VocabularyField;
    const rest = inline[2]!;
    // A scalar field completes only while its value is one word; a flow list after `[` or `,`.
    if (field === 'platforms') return /^\[[^\]]*$/.test(rest) ? field : null;
    return /^["']?[\w-]*$/.test(rest) ? field : null;
  }
  const item = /^(\s*)-\s*[\w-]*$/.exec(line);
  if (!item) return null;
  const indent = item[1]!.length;
  for (let l = position.line - 1; l >= 0; l--) {
    const above = doc.getText({ start: { line: l, character: 0 }, end: { line: l + 1, character: 0 } }).replace(/\r?\n$/, '');
    if (!above.trim() || /^\s*#/.test(above)) continue;
    const own = above.length - above.trimStart().length;
    if (/^\s*-/.test(above) && own === indent) continue;
    return own <= indent && /^\s*platforms\s*:\s*$/.test(above) ? 'platforms' : null;
  }
  return null;
}

export function completions(linter: Linter, doc: TextDocument, position: Position): CompletionItem[] {
  const field = fieldAt(doc, position);
  if (!field) return [];
  const known = vocabulary(linter);
  const values = known[field];
  return [...values.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([value, packs]) => ({
    label: value,
    kind: CompletionItemKind.EnumMember,
    detail: field === 'placement' ? `placement of ${packs.join(', ')}` : packs[0],
    // Typing an alias (douyin, 信息流, 保健食品) finds the id it stands for.
    ...(known.aliases[field].get(value)?.length ? { filterText: [value, ...known.aliases[field].get(value)!].join(' ') } : {}),
  }));
}
