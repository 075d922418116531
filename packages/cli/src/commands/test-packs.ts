import { bundledRulesDir, testPacks } from '@adlint/core';
import { linterForFolder } from '../project-linter.js';

/** `adlint test-packs [ids..]`: every rule's examples; prints "N passed, M failed". */
export async function runPackTests(ids: string[]): Promise<number> {
  const linter = linterForFolder(process.cwd());
  const chosen = ids.length ? ids : linter.packs.ids();
  linter.assertPlatforms(chosen, '');
  const results = await testPacks(linter, chosen);
  let passed = 0;
  let failed = 0;
  let out = '';
  for (const { packId, outcomes } of results) {
    const bad = outcomes.filter((o) => !o.passed);
    passed += outcomes.length - bad.length;
    failed += bad.length;
    out += `${bad.length ? '✖' : '✔'} ${packId}: ${outcomes.length - bad.length}/${outcomes.length} examples\n`;
    for (const o of bad) out += `    ${o.ruleId} ${o.kind}[${o.index}]: ${o.detail}\n`;
  }
  if (passed + failed === 0) {
    // Nothing tested is not a pass: an install without its bundled packs would otherwise look green.
    const where = chosen.length ? `${chosen.length === 1 ? 'pack' : 'packs'} ${chosen.join(', ')} ${chosen.length === 1 ? 'has' : 'have'} no examples` : `no packs found (bundled packs are read from ${bundledRulesDir})`;
    process.stderr.write(`adlint: test-packs ran no examples: ${where}\n`);
    return 2;
  }
  out += `\n${passed} passed, ${failed} failed\n`;
  process.stdout.write(out);
  return failed ? 1 : 0;
}
