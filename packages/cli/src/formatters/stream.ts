import type { FileResult } from '@adlint/core';
import type { Formatter, FormatterContext, ResultStore, StreamContext, StreamFormatter } from './types.js';

/** Keeps results in memory: for a report made from results already held. */
export function memoryStore(): ResultStore {
  const kept: FileResult[] = [];
  return { add: (r) => kept.push(r), replay: () => kept };
}

/** The formatter over a list of results that the streaming formatter amounts to: the same text. */
export function whole(stream: StreamFormatter): Formatter {
  return (results, context: FormatterContext) => {
    let out = '';
    const writer = stream({
      cwd: context.cwd,
      color: context.color,
      version: context.version,
      rule: (id) => context.rules.get(id),
      write: (text) => {
        out += text;
      },
      keep: memoryStore,
    } satisfies StreamContext);
    for (const r of results) writer.file(r, () => context.sources?.get(r.filePath));
    writer.end();
    return out;
  };
}

/** A value as JSON.stringify(value, null, 2) writes it `depth` levels deep inside another. */
export const nested = (value: unknown, depth: number): string => JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);
