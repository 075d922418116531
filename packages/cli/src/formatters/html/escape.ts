const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Every piece of user or rule text goes through this: a creative holding `<script>` shows as text. */
export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Only web links become links: a `javascript:` source in a pack must not be clickable. */
export function isWebLink(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/** A path, escaped, that wraps after its separators rather than mid-word. */
export function breakable(file: string): string {
  return esc(file).replace(/([/_-])/g, '$1<wbr>');
}
