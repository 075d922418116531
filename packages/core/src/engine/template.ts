/** Fills `{{name}}` placeholders; unknown names are left visible so a pack bug shows in review. */
export function fillTemplate(template: string, data: Record<string, string | number | undefined>): string {
  return template.replace(/\{\{\s*([a-zA-Z_][\w]*)\s*\}\}/g, (whole, name: string) => {
    const v = data[name];
    return v === undefined ? whole : String(v);
  });
}
