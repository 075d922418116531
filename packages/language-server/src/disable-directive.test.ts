import { describe, expect, it } from 'vitest';
import { Linter, type LintMessage } from '@adlint/core';
import { disableDirectiveEdit } from './disable-directive.js';

const linter = new Linter();
const apply = (text: string, edit: { range: [number, number]; text: string }) => text.slice(0, edit.range[0]) + edit.text + text.slice(edit.range[1]);

async function disable(file: string, text: string, ruleId: string, reason?: string) {
  const lint = (t: string) => linter.lintText(t, file);
  const message = (await lint(text)).messages.find((m) => m.ruleId === ruleId) as LintMessage;
  expect(message, `${ruleId} fires`).toBeDefined();
  const edit = await disableDirectiveEdit(text, file, message, reason, lint);
  return edit && { text: apply(text, edit), after: await lint(apply(text, edit)) };
}

const LISTING = `---
platforms: [amazon]
placement: listing
---

# Linen Shirt for Men

- Breathable linen, the best seller!!
- Twelve colours
`;

describe('disable for this line', () => {
  it('puts a Markdown list item\'s directive at the end of the item, so the list stays one list', async () => {
    const out = (await disable('/tmp/x.listing.md', LISTING, 'amazon/bullet-promotional-phrases', 'approved by Amazon case 123'))!;
    expect(out.text).toContain('- Breathable linen, the best seller!! <!-- adlint-disable-line amazon/bullet-promotional-phrases -- approved by Amazon case 123 -->\n- Twelve');
    expect(out.after.suppressedMessages?.[0]?.suppressions).toEqual([{ kind: 'directive', justification: 'approved by Amazon case 123' }]);
  });

  it('writes no reason when none is given, so requireDisableReason still asks for one', async () => {
    const out = (await disable('/tmp/x.listing.md', LISTING, 'amazon/bullet-promotional-phrases'))!;
    expect(out.text).toContain('<!-- adlint-disable-line amazon/bullet-promotional-phrases -->');
  });

  it('offers nothing where the file type has no comments (JSON)', async () => {
    const json = JSON.stringify({ platforms: ['google-ads'], placement: 'search', copy: { headlines: ['Buy now!!', 'Linen', 'Shirts'], descriptions: ['Linen shirts.', 'Twelve colours.'] } });
    expect(await disable('/tmp/x.ad.json', json, 'google-ads/repeated-punctuation', 'why')).toBeNull();
  });
});
