import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { VERSION } from '../version.js';

const CONFIG = `# adlint configuration: https://github.com/adlint/adlint/blob/main/docs/cli.md#config
# Platforms every creative here is checked against, unless it names its own.
platforms: [google-ads, meta]

# Creative fields applied to every creative (a creative's own values win).
defaults:
  locale: en-US

# Per-rule changes: a severity ("off", "warning"…) or new parameters.
rules: {}
#  meta/primary-text-length: off

# Different settings for some files, by glob relative to this file.
overrides: []
#  - files: "cn/**"
#    defaults: { locale: zh-CN }
`;

const CREATIVE = `name: Spring sale search ad
platforms: [google-ads]
placement: search
locale: en-US
landing_url: https://shop.example.com/spring
copy:
  headlines:
    - Spring Sale on Linen Shirts
    - Breathable Linen for Warm Days
    - Free Returns Within 30 Days
  descriptions:
    - Light, breathable linen shirts in twelve colours. Order by Friday for weekend delivery.
    - Easy 30-day returns on every order. Sizes XS to 3XL.
  path1: linen
  path2: shirts
`;

/**
 * Where a file in `dir` finds one of adlint's JSON Schemas: the path, relative to the file, of the
 * copy in the nearest `node_modules/adlint` (npm, pnpm, Yarn and Bun all link a project's own
 * install there, so it survives upgrades and works in any subfolder); without one (a global
 * install, npx, Yarn Plug'n'Play) the copy published with this version.
 */
export function schemaLocation(dir: string, schema: string): string {
  for (let at = path.resolve(dir); ; at = path.dirname(at)) {
    const installed = path.join(at, 'node_modules', 'adlint', 'schema', schema);
    if (existsSync(installed)) return path.relative(dir, installed).split(path.sep).join('/');
    if (path.dirname(at) === at) return `https://cdn.jsdelivr.net/npm/adlint@${VERSION}/schema/${schema}`;
  }
}

/** The yaml-language-server modeline (VS Code's YAML extension and other editors) naming a schema. */
function modeline(dir: string, schema: string): string {
  return `# yaml-language-server: $schema=${schemaLocation(dir, schema)}\n`;
}

/** `adlint init`: a starter config and one example creative; existing files are left as they are. */
export function init(cwd: string): number {
  let wrote = 0;
  const files = [
    ['.adlint.yaml', modeline(cwd, 'config.schema.json') + CONFIG],
    ['example.ad.yaml', modeline(cwd, 'creative.schema.json') + CREATIVE],
  ] as const;
  for (const [name, text] of files) {
    const file = path.join(cwd, name);
    if (existsSync(file)) {
      process.stdout.write(`${name} exists: left unchanged\n`);
      continue;
    }
    writeFileSync(file, text, { flag: 'wx' });
    process.stdout.write(`wrote ${name}\n`);
    wrote++;
  }
  if (wrote) process.stdout.write('\nNext: run `adlint` in this folder.\n');
  return 0;
}
