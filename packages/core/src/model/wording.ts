/**
 * The words adlint itself supplies (a check's default message, a media file's problem, a sheet's
 * read error), in every language it speaks. A pack's `locale` picks the language of its rules'
 * messages, so a Chinese pack never splices an English sentence into its own (`{{problem}}`).
 */
export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

/** One message in every language: a missing translation is a compile error, not an English fallback. */
export type Wording = Readonly<Record<Language, string>>;

/** Messages by id (`format`, `file-not-found`), each worded in every language. */
export type Wordings = Readonly<Record<string, Wording>>;

/** Values a message is worded from. */
export type MessageData = Record<string, string | number>;

/** The language of a locale (`zh-CN`, `zh_Hant` → zh); English for any other or none. */
export function languageOf(locale: string | undefined): Language {
  const lang = locale?.toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(lang ?? '') ? (lang as Language) : 'en';
}

/** Fills `{{name}}` placeholders; unknown names are left visible so a pack bug shows in review. */
export function fillTemplate(template: string, data: Record<string, string | number | undefined>): string {
  return template.replace(/\{\{\s*([a-zA-Z_][\w]*)\s*\}\}/g, (whole, name: string) => {
    // Own properties only: `{{constructor}}` or `{{toString}}` must not print a function.
    const v = Object.hasOwn(data, name) ? data[name] : undefined;
    return v === undefined || (typeof v !== 'string' && typeof v !== 'number') ? whole : String(v);
  });
}

/** The `{{name}}` placeholders of a template, for checking that translations use the same data. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{\{\s*([a-zA-Z_][\w]*)\s*\}\}/g)].map((m) => m[1]!).sort();
}

/** How a list of names is joined in a language (`A, B` / `A、B`). */
export function joinList(items: readonly string[], language: Language): string {
  return items.join(language === 'zh' ? '、' : ', ');
}

/**
 * A problem worded by id: its English text (for logs and the many places that read `reason`)
 * beside the id, data and wording that let a front end say it in the reader's language.
 */
export interface WordedProblem {
  messageId: string;
  data: MessageData;
  wording: Wording;
  reason: string;
}

/**
 * Words a problem by id. `parts` fill slots of the wording (`{{near_hint}}`, `{{outcome}}`) with
 * wordings of their own, each language with its own words, before the data: a message whose
 * clauses vary stays one id instead of one per combination. A part left undefined is empty.
 */
export function worded(wordings: Wordings, messageId: string, data: MessageData, parts: Record<string, Wording | undefined> = {}): WordedProblem {
  const base = wordings[messageId];
  if (!base) throw new Error(`no wording for message "${messageId}"`);
  const wording = Object.keys(parts).length ? withParts(base, parts) : base;
  return { messageId, data, wording, reason: fillTemplate(wording.en, data) };
}

function withParts(wording: Wording, parts: Record<string, Wording | undefined>): Wording {
  const out = {} as Record<Language, string>;
  for (const lang of LANGUAGES) {
    out[lang] = fillTemplate(wording[lang], Object.fromEntries(Object.entries(parts).map(([slot, part]) => [slot, part?.[lang] ?? ''])));
  }
  return out;
}
