/** Fills `{{name}}` placeholders; unknown names are left visible so a pack bug shows in review. */
export function fillTemplate(template: string, data: Record<string, string | number | undefined>): string {
  return template.replace(/\{\{\s*([a-zA-Z_][\w]*)\s*\}\}/g, (whole, name: string) => {
    // Own properties only: `{{constructor}}` or `{{toString}}` must not print a function.
    const v = Object.hasOwn(data, name) ? data[name] : undefined;
    return v === undefined || (typeof v !== 'string' && typeof v !== 'number') ? whole : String(v);
  });
}
