import stringWidth from 'string-width';
import { beforeAll, describe, expect, it } from 'vitest';
import { displayWidth, loadStringWidth } from './display-width.js';

describe('displayWidth', () => {
  beforeAll(loadStringWidth);

  it('counts every character of the BMP, alone, as string-width does', () => {
    const differ: string[] = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      const text = String.fromCharCode(unit);
      if (displayWidth(text) !== stringWidth(text)) differ.push(unit.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it('counts messages as string-width does: Chinese, typographic quotes, and what it leaves to string-width', () => {
    const texts = [
      '“最佳”是绝对化用语，违反广告法第九条第（三）项（可罚 20 万至 100 万元）。',
      'unknown field "descriptons" (did you mean "descriptions"?) in creatives[2].copy',
      'Headline “Best linen” — 31 characters… max 30',
      'カタカナとひらがな、ｆｕｌｌｗｉｄｔｈ',
      // Joined or combining characters, emoji and controls are string-width's.
      'e\u0301 👩‍👩‍👧 〽️ 1️⃣ ｶﾞ 가 \u200b',
    ];
    for (const text of texts) expect(displayWidth(text), text).toBe(stringWidth(text));
    for (let n = 0; n < 200; n++) {
      const pool = [...texts.join('')];
      const text = Array.from({ length: 1 + (n % 17) }, (_, i) => pool[(n * 31 + i * 7) % pool.length]).join('');
      expect(displayWidth(text), text).toBe(stringWidth(text));
    }
  });
});
