import type { Language } from '../model/wording.js';

/** How an editor's quick fix is labelled, in the pack's language (`Write "Sale"`, `改为“Sale”`). */
export function writeLabel(text: string, language: Language): string {
  return language === 'zh' ? `改为“${text}”` : `Write "${text}"`;
}

export function replaceLabel(found: string, replacement: string, language: Language): string {
  return language === 'zh' ? `把“${found}”改为“${replacement}”` : `Replace "${found}" with "${replacement}"`;
}
