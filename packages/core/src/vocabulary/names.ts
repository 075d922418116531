/**
 * The form in which vocabulary names (categories, placements, roles) are compared: NFKC (fullwidth
 * to ASCII), lower case, and every run of spaces, `-` and `_` as one `_`, so `Dietary Supplement`,
 * `dietary-supplement` and `dietary_supplement` are one name.
 */
export function nameKey(value: string): string {
  return value.normalize('NFKC').trim().toLowerCase().replace(/[-_\s]+/gu, '_');
}
