/**
 * Bounds on the work a parser would do, found by one linear scan before it runs. A size limit
 * alone does not bound time: the YAML library's duplicate-key check grows with the square of a
 * mapping's keys (a 2 MB mapping of 170,000 keys took 315 s; 20,000 keys 31 s on a loaded
 * machine), and remark's emphasis and setext-heading handling go quadratic on storms of
 * delimiters (20,000 `*a_` took 134 s, 20,000 setext headings 298 s). Nothing a person writes in
 * a creative comes near these bounds; past them the file is reported, not parsed.
 */

/** Keys of one mapping: the 10,000-unknown-key corpus case still parses (about a second). */
export const MAX_MAPPING_KEYS = 10_000;
/**
 * `*` and `_` characters in one Markdown paragraph (emphasis pairs up within a paragraph: 15,000
 * in `*a **b` runs parse in a second or two), and setext underlines (`===`/`---` lines) in a file.
 */
export const MAX_EMPHASIS_MARKS = 16_000;
export const MAX_SETEXT_UNDERLINES = 1_000;

/** Offset of the key past the bound in the largest mapping (block or flow YAML, JSON), or null. */
export function oversizedMapping(text: string): number | null {
  return flowOversized(text) ?? blockOversized(text);
}

/** `{ … }` in JSON and YAML flow style: commas at the top of a stack of open brackets, strings skipped. */
function flowOversized(text: string): number | null {
  const stack: { map: boolean; items: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || (c === "'" && stack.length > 0)) {
      const quote = c;
      for (i++; i < text.length && text[i] !== quote; i++) if (quote === '"' && text[i] === '\\') i++;
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '{' || c === '[') {
      stack.push({ map: c === '{', items: 1 });
    } else if (c === '}' || c === ']') {
      stack.pop();
    } else if (c === ',' && stack.length > 0) {
      const top = stack[stack.length - 1]!;
      if (top.map && ++top.items > MAX_MAPPING_KEYS) return i + 1;
    }
  }
  return null;
}

/** Block mappings: `key:` lines counted per indentation, a deeper line opening a new mapping. */
function blockOversized(text: string): number | null {
  const levels: { indent: number; keys: number }[] = [];
  const line = /^( *)(?:- +)?([^\s#-][^\n]*?|"[^\n]*?"|'[^\n]*?'):(?:[ \t]|$)/gm;
  for (let m = line.exec(text); m; m = line.exec(text)) {
    const indent = m[1]!.length + (m[0].slice(m[1]!.length).match(/^- +/)?.[0].length ?? 0);
    while (levels.length && levels[levels.length - 1]!.indent > indent) levels.pop();
    const top = levels[levels.length - 1];
    if (top && top.indent === indent) {
      if (++top.keys > MAX_MAPPING_KEYS) return m.index + m[1]!.length;
    } else {
      levels.push({ indent, keys: 1 });
    }
    // A `- key:` line starts a new mapping in a list item.
    if (/^ *- /.test(m[0])) levels[levels.length - 1]!.keys = 1;
  }
  return null;
}

/** What in a Markdown text would make remark's work quadratic, with its offset, or null. */
export function markdownStorm(text: string): { offset: number; id: 'markdown-emphasis-storm' | 'markdown-setext-storm'; max: number } | null {
  let marks = 0;
  let lineBlank = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      // A blank line ends the paragraph.
      if (lineBlank) marks = 0;
      lineBlank = true;
    } else if (c !== 32 && c !== 9 && c !== 13) {
      lineBlank = false;
    }
    if ((c === 42 || c === 95) && ++marks > MAX_EMPHASIS_MARKS) return { offset: i, id: 'markdown-emphasis-storm', max: MAX_EMPHASIS_MARKS };
  }
  let underlines = 0;
  const setext = /^ {0,3}(?:=+|-+)[ \t]*$/gm;
  for (let m = setext.exec(text); m; m = setext.exec(text)) {
    if (++underlines > MAX_SETEXT_UNDERLINES) return { offset: m.index, id: 'markdown-setext-storm', max: MAX_SETEXT_UNDERLINES };
  }
  return null;
}
