/**
 * A test pack `p` with the two media roles its rules may gate on (main, video): packs must
 * declare the roles they name, and most tests only differ in their `rules:`.
 */
export function testPack(rules: string): string {
  return `id: p
name: P
version: "1"
roles:
  main: { description: "The main image." }
  video: { description: "The video." }
rules:
${rules}`;
}
