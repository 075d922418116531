import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';

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

const CREATIVE = `# yaml-language-server: $schema=node_modules/@adlint/core/schema/creative.schema.json
name: Spring sale search ad
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

/** `adlint init`: a starter config and one example creative; existing files are left as they are. */
export function init(cwd: string): number {
  let wrote = 0;
  for (const [name, text] of [['.adlint.yaml', CONFIG], ['example.ad.yaml', CREATIVE]] as const) {
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
