import path from 'node:path';
import { isCreativeFile, type FileSettings, type Linter } from '@adlint/core';

/**
 * Keeps the creative files, and the media files that config `media:` assigns and that no
 * creative file of this run names (those are checked as part of their creative).
 */
export async function withBareMedia<T extends { file: string; settings: FileSettings }>(linter: Linter, entries: T[]): Promise<T[]> {
  const creatives = entries.filter((e) => isCreativeFile(e.file));
  const assigned = entries.filter((e) => !isCreativeFile(e.file) && e.settings.media);
  if (assigned.length === 0) return creatives;
  const named = await linter.mediaNamedBy(creatives.map((e) => e.file));
  const bare = new Set(assigned.filter((e) => !named.has(path.resolve(e.file))));
  return entries.filter((e) => isCreativeFile(e.file) || bare.has(e));
}
