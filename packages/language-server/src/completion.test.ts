import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fieldAt } from './completion.js';

const at = (text: string) => {
  const offset = text.indexOf('|');
  const doc = TextDocument.create('file:///x.ad.yaml', 'yaml', 1, text.replace('|', ''));
  return fieldAt(doc, doc.positionAt(offset));
};

describe('which field the cursor completes', () => {
  it('finds scalar fields, flow lists and block list items', () => {
    expect(at('placement: |')).toBe('placement');
    expect(at('placement: sea|')).toBe('placement');
    expect(at('category: |')).toBe('category');
    expect(at('platforms: [meta, |')).toBe('platforms');
    expect(at('platforms:\n  - meta\n  - |')).toBe('platforms');
    expect(at('creatives:\n  - platforms: [|')).toBe('platforms');
  });

  it('stays quiet elsewhere', () => {
    expect(at('placement: search |')).toBeNull();
    expect(at('platforms: [meta]|')).toBeNull();
    expect(at('copy:\n  headlines:\n    - |')).toBeNull();
    expect(at('title: |')).toBeNull();
  });
});
