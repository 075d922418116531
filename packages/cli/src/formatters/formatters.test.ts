import { describe, expect, it } from 'vitest';
import type { FileResult, LintMessage } from '@adlint/core';
import { format as github } from './github.js';
import { format as gitlab } from './gitlab.js';
import { format as junit } from './junit.js';
import { format as sarif } from './sarif.js';
import type { FormatterContext } from './types.js';

const NASTY = 'Line <one> & "two"\r\nline :: 100% done, a:b \u0007end';

function message(over: Partial<LintMessage> = {}): LintMessage {
  return {
    ruleId: 'p/r', severity: 'error', message: NASTY, line: 2, column: 3, endLine: 2, endColumn: 9,
    field: 'copy.headline', category: 'length', platform: 'p', source: 'https://example.com/policy', ...over,
  };
}

function result(filePath: string, messages: LintMessage[]): FileResult {
  const errorCount = messages.filter((m) => m.severity === 'error').length;
  const warningCount = messages.filter((m) => m.severity === 'warning').length;
  return { filePath, messages, errorCount, warningCount, infoCount: messages.length - errorCount - warningCount, fixableCount: messages.filter((m) => m.fix).length };
}

const context: FormatterContext = {
  cwd: '/repo',
  color: false,
  version: '9.9.9',
  rules: new Map([['p/r', { description: 'R', source: 'Werbegesetz § 5', severity: 'warning' }]]),
};

describe('github', () => {
  it('escapes data and properties as the Actions runner expects', () => {
    const out = github([result('/repo/a, b:c.ad.yaml', [message({ severity: 'info' })])], context);
    expect(out).toBe(
      '::notice file=a%2C b%3Ac.ad.yaml,line=2,col=3,endLine=2,endColumn=9,title=adlint p/r::' +
        'Line <one> & "two"%0D%0Aline :: 100%25 done, a:b \u0007end',
    );
  });
});

describe('sarif', () => {
  it('turns fixes and suggestions into SARIF fixes with character offsets', () => {
    const m = message({ fix: { range: [10, 14], text: 'x' }, suggestions: [{ desc: 'Use y', fix: { range: [1, 1], text: 'y' } }] });
    const log = JSON.parse(sarif([result('/repo/a.ad.yaml', [m])], context));
    const fixes = log.runs[0].results[0].fixes;
    expect(fixes).toHaveLength(2);
    expect(fixes[0].artifactChanges[0]).toEqual({
      artifactLocation: { uri: 'a.ad.yaml', uriBaseId: '%SRCROOT%' },
      replacements: [{ deletedRegion: { charOffset: 10, charLength: 4 }, insertedContent: { text: 'x' } }],
    });
    expect(fixes[1].description.text).toBe('Use y');
  });

  it('puts a source that is not a URL into help text, not helpUri', () => {
    const rule = JSON.parse(sarif([result('/repo/a.ad.yaml', [message()])], context)).runs[0].tool.driver.rules[0];
    expect(rule.helpUri).toBeUndefined();
    expect(rule.help.text).toBe('R\n\nSource: Werbegesetz § 5');
    expect(rule.help.markdown).toBe('R\n\n**Source:** Werbegesetz § 5');
    expect(rule.defaultConfiguration.level).toBe('warning');
  });

  it('uses absolute file URIs for files outside cwd', () => {
    const loc = JSON.parse(sarif([result('/elsewhere/my ad.ad.yaml', [message()])], context)).runs[0].results[0].locations[0];
    expect(loc.physicalLocation.artifactLocation).toEqual({ uri: 'file:///elsewhere/my%20ad.ad.yaml' });
  });

  it('tells identical problems in one file apart without using line numbers', () => {
    const log = JSON.parse(sarif([result('/repo/a.ad.yaml', [message(), message({ line: 9 })])], context));
    const [a, b] = log.runs[0].results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['adlintProblemHash/v1']);
    expect(a).not.toBe(b);
    const moved = JSON.parse(sarif([result('/repo/a.ad.yaml', [message({ line: 20 }), message({ line: 30 })])], context));
    expect(moved.runs[0].results[0].partialFingerprints['adlintProblemHash/v1']).toBe(a);
  });
});

describe('junit', () => {
  it('drops characters XML cannot hold and escapes the rest', () => {
    const out = junit([result('/repo/a&b.ad.yaml', [message()])], context);
    expect(out).not.toContain('\u0007');
    expect(out).toContain('classname="a&amp;b_ad_yaml"');
    expect(out).toContain('message="Line &lt;one&gt; &amp; &quot;two&quot;&#13;&#10;line :: 100% done, a:b end"');
  });
});

describe('gitlab', () => {
  it('maps severities to Code Quality levels', () => {
    const issues = JSON.parse(gitlab([result('/repo/a.ad.yaml', [message(), message({ severity: 'warning' }), message({ severity: 'info' })])], context));
    expect(issues.map((i: { severity: string }) => i.severity)).toEqual(['major', 'minor', 'info']);
    expect(new Set(issues.map((i: { fingerprint: string }) => i.fingerprint)).size).toBe(3);
  });
});
