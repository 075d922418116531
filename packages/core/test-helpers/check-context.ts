import type { Creative, CreativeData } from '../src/model/creative.js';
import { selectFields } from '../src/model/fields.js';
import type { CheckInput, RuleContext } from '../src/model/check.js';
import type { Language } from '../src/model/wording.js';

/** A rule context for unit tests: `fail` throws an Error naming the parameter path. */
export function testRule(packFile = '/packs/test.yaml', language: Language = 'en'): RuleContext {
  return {
    ruleId: 'test/rule',
    packFile,
    language,
    fail(reason, path = []) {
      throw new Error(`${reason} @ ${path.join('.')}`);
    },
  };
}

/** A check input for unit tests: the creative's data with the given field selectors resolved. */
export function testInput(data: CreativeData, selectors: string[] = ['copy.*']): CheckInput {
  const creative: Creative = { filePath: 'test.ad.yaml', index: 0, data, span: [0, 0], spans: new Map(), texts: new Map() };
  return { creative, fields: selectFields(data, selectors), baseDir: '.' };
}
