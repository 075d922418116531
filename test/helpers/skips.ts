import { inject } from 'vitest';
import type { Program } from './programs.js';

/** Whether tests needing these programs are skipped in this run (decided and printed by test/setup/programs.ts). */
export function skipsWithout(...programs: Program[]): boolean {
  const skipped = inject('skippedPrograms');
  return programs.some((p) => skipped.includes(p));
}
