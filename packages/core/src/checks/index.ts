import { countCheck } from './count.js';
import { lengthCheck } from './length.js';
import { requiredCheck } from './required.js';
import type { CheckType } from './types.js';

/** The check registry, sorted by id. A pack's `check:` names one of these. */
export const checkTypes: ReadonlyMap<string, CheckType<never>> = new Map(
  ([countCheck, lengthCheck, requiredCheck] as CheckType<never>[])
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((c) => [c.id, c]),
);
