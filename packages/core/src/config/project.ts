import type { Linter } from '../linter.js';
import type { ConfigFile } from './cascade.js';

/** Adds the packs that configs name (`packs:`) to the linter's registry. */
export function addConfigPacks(linter: Linter, configs: readonly ConfigFile[]): void {
  for (const config of configs) for (const pack of config.packs ?? []) linter.packs.addFile(pack);
}

/** Throws a ConfigError for the first platform or rule id a config names that no known pack has. */
export function assertConfigs(linter: Linter, configs: readonly ConfigFile[]): void {
  for (const config of configs) {
    linter.assertPlatforms(config.platforms ?? [], `${config.file}: platforms: `);
    for (const o of config.overrides ?? []) linter.assertPlatforms(o.platforms ?? [], `${config.file}: overrides: platforms: `);
    linter.assertRuleSettings(config.rules ?? {}, config.file);
    for (const o of config.overrides ?? []) linter.assertRuleSettings(o.rules ?? {}, config.file);
  }
}

/** The platforms that configs name (top level and overrides), each once. */
export function configuredPlatforms(configs: readonly ConfigFile[]): string[] {
  return [...new Set(configs.flatMap((c) => [...(c.platforms ?? []), ...(c.overrides ?? []).flatMap((o) => o.platforms ?? [])]))];
}
