import { describe, expect, it } from 'vitest';
import stylish, { MESSAGE_COLUMN_MAX, oneLine } from '../../src/formatters/stylish.js';
import { displayWidth } from '../../src/util/width.js';
import { expectGolden, fixtureDiagnostics, makeContext } from './context.js';

function run(lang: 'en' | 'ja' = 'en', diagnostics = fixtureDiagnostics(lang), color = false) {
  return stylish(diagnostics, makeContext(diagnostics, { lang, color }));
}

/** Lines of findings: `  line:col  severity  message  rule-id`. */
function findingLines(out: string): string[] {
  return out.split('\n').filter((l) => /^ {2}\d+:\d+ /.test(l));
}

describe('stylish formatter', () => {
  it('matches the golden output (en, ja and clean)', () => {
    expectGolden('stylish.en.txt', run('en'));
    expectGolden('stylish.ja.txt', run('ja'));
    expectGolden('stylish.clean.txt', run('en', []));
  });

  for (const lang of ['en', 'ja'] as const) {
    it(`aligns the rule-id column by display width (${lang})`, () => {
      const ds = fixtureDiagnostics(lang);
      const lines = findingLines(run(lang, ds));
      expect(lines).toHaveLength(ds.length);
      const starts = lines.map((l, i) => {
        const at = l.lastIndexOf(`  ${ds[i]!.rule}`);
        expect(at).toBeGreaterThan(0);
        return { width: displayWidth(l.slice(0, at)), msgW: displayWidth(oneLine(ds[i]!.message!)) };
      });
      // messages are padded by display width so the rule ids of one file start in one column
      const byFile = new Map<string, Set<number>>();
      starts.forEach((s, i) => byFile.set(ds[i]!.file, (byFile.get(ds[i]!.file) ?? new Set()).add(s.width)));
      for (const widths of byFile.values()) expect(widths.size).toBe(1);
      expect([...byFile.values()].some((w) => ds.filter((d) => byFile.get(d.file) === w).length > 1)).toBe(true);
      expect(starts.some((s) => s.msgW > 40)).toBe(true);
      // the severity column too
      const sevEnd = lines.map((l) => {
        const m = /^( {2}\d+:\d+ *)/.exec(l)!;
        return displayWidth(m[1]!);
      });
      expect(new Set(sevEnd).size).toBe(1);
    });
  }

  it('speaks Japanese in ja: severities, hint label, summary', () => {
    const out = run('ja');
    expect(out).toContain('エラー');
    expect(out).toContain('ヒント:');
    expect(out).toContain('参照 plan/team/roles.yaml:2:5');
    expect(out).toContain('5 件の指摘（エラー 2 件、警告 1 件、情報 2 件）');
    expect(out).toContain('計画の健全性');
  });

  it('never lets a message break the layout or inject terminal escapes', () => {
    const ds = fixtureDiagnostics('en').map((d, i) => (i === 0 ? { ...d, message: 'evil\u001b[2Jclear\nnext' } : d));
    const out = run('en', ds);
    expect(out).not.toContain('\u001b');
    expect(out).toContain('evil[2Jclear next');
  });

  it('never pads the message column wider than the terminal or a sane maximum (one long message)', () => {
    const base = fixtureDiagnostics('en')[0]!;
    const long = { ...base, line: 2, message: `Unexpected scalar: ${'lorem ipsum '.repeat(800)}` };
    const ds = [base, long];
    const lines = (columns?: number) => findingLines(stylish(ds, makeContext(ds, { columns })));
    const unpadded = (l: string) => displayWidth(l.replace(/ {2,}(\S+)$/, '  $1'));
    // piped (no terminal): the short finding is padded to at most MESSAGE_COLUMN_MAX, not to 10,000 columns
    const [short] = lines();
    expect(displayWidth(short!)).toBeLessThanOrEqual(2 + 3 + 2 + 5 + 2 + MESSAGE_COLUMN_MAX + 2 + base.rule.length);
    expect(displayWidth(short!)).toBeGreaterThan(unpadded(short!)); // still aligned, within the cap
    // on an 80-column terminal the short finding is not padded past the edge
    const [narrow, longLine] = lines(80);
    expect(displayWidth(narrow!)).toBeLessThanOrEqual(Math.max(80, unpadded(narrow!)));
    // the long one is not cut (stylish only stops padding; quotes are capped where they are made)
    expect(displayWidth(longLine!)).toBeGreaterThan(9000);
  });

  it('colours only when asked', () => {
    expect(run('en')).not.toContain('\u001b[');
    expect(run('en', undefined, true)).toContain('\u001b[');
  });
});
