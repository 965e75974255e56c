import { describe, expect, it } from 'vitest';
import junit, { xml } from '../../src/formatters/junit.js';
import { expectGolden, fixtureDiagnostics, makeContext } from './context.js';

function run(lang: 'en' | 'ja' = 'en', diagnostics = fixtureDiagnostics(lang)) {
  return junit(diagnostics, makeContext(diagnostics, { lang }));
}

interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
}

function unescape(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);
}

/** A strict little XML reader: balanced tags, quoted attributes, only the five entities, no stray `<` or `&`. */
function parseXml(src: string): El {
  expect(src.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  const body = src.slice(src.indexOf('\n') + 1);
  const root: El = { name: '#root', attrs: {}, children: [], text: '' };
  const stack = [root];
  const token = /<\/([A-Za-z]+)>|<([A-Za-z]+)((?:\s+[A-Za-z]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let m: RegExpExecArray | null;
  let pos = 0;
  while (pos < body.length && (m = token.exec(body))) {
    pos = token.lastIndex;
    const top = stack[stack.length - 1]!;
    if (m[1]) {
      expect(m[1]).toBe(top.name);
      stack.pop();
    } else if (m[2]) {
      const attrs: Record<string, string> = {};
      for (const a of m[3]!.matchAll(/([A-Za-z]+)="([^"]*)"/g)) {
        expect(a[2]).not.toMatch(/&(?!(lt|gt|quot|apos|amp);)/);
        attrs[a[1]!] = unescape(a[2]!);
      }
      const el: El = { name: m[2], attrs, children: [], text: '' };
      top.children.push(el);
      if (!m[4]) stack.push(el);
    } else {
      expect(m[5]).not.toMatch(/&(?!(lt|gt|quot|apos|amp);)/);
      top.text += unescape(m[5]!);
    }
  }
  expect(pos, `unreadable XML at: ${body.slice(pos, pos + 40)}`).toBe(body.length);
  expect(stack).toHaveLength(1);
  expect(root.children).toHaveLength(1);
  return root.children[0]!;
}

describe('junit formatter', () => {
  it('matches the golden output (en, ja and clean)', () => {
    expectGolden('junit.en.xml', run('en'));
    expectGolden('junit.ja.xml', run('ja'));
    expectGolden('junit.clean.xml', run('en', []));
  });

  it('is well-formed: a testsuite per file, a testcase per finding with the rule as classname', () => {
    const doc = parseXml(run('en'));
    expect(doc.name).toBe('testsuites');
    expect(doc.attrs).toMatchObject({ tests: '5', failures: '3', errors: '0', skipped: '2' });
    expect(doc.children.map((s) => s.attrs.name)).toEqual([
      'plan/initiatives/launch.yaml',
      'plan/kpis/dup.yaml',
      'plan/kpis/来店数.yaml',
      'plan/tools/odd, name: 100%.yaml',
    ]);
    const cases = doc.children.flatMap((s) => s.children);
    expect(cases.map((c) => c.attrs.classname)).toEqual(['raci-multiple-letters', 'id-duplicate', 'kpi-no-stage', 'kpi-no-baseline', 'tool-no-purpose']);
    for (const s of doc.children) {
      expect(Number(s.attrs.tests)).toBe(s.children.length);
      expect(Number(s.attrs.failures)).toBe(s.children.filter((c) => c.children[0]!.name === 'failure').length);
      expect(Number(s.attrs.skipped)).toBe(s.children.filter((c) => c.children[0]!.name === 'skipped').length);
    }
  });

  it('errors and warnings are failures (type = severity), info findings are skipped', () => {
    const cases = parseXml(run('en')).children.flatMap((s) => s.children);
    expect(cases.map((c) => `${c.children[0]!.name}:${c.children[0]!.attrs.type ?? ''}`)).toEqual([
      'failure:warn',
      'failure:error',
      'failure:error',
      'skipped:',
      'skipped:',
    ]);
    const dup = cases[1]!.children[0]!;
    expect(dup.text).toContain('plan/kpis/dup.yaml:2:5');
    expect(dup.text).toContain('see plan/goals/x.yaml:2:5 (first defined here)');
  });

  it('escapes hostile text: it reads back exactly', () => {
    const ds = fixtureDiagnostics('en');
    const cases = parseXml(run('en', ds)).children.flatMap((s) => s.children);
    expect(cases[4]!.children[0]!.attrs.message).toBe(ds[4]!.message!.replace(/\s*[\r\n]+\s*/g, ' '));
    expect(cases[4]!.children[0]!.attrs.message).toContain('a|b <script>alert(1)</script> & `x second line, 100% done: yes third.');
    expect(xml('a<b>&"\'\u0001\u0008\ud800c')).toBe('a&lt;b&gt;&amp;&quot;&apos;c');
  });

  it('a clean plan is one passing testcase', () => {
    const doc = parseXml(run('en', []));
    expect(doc.attrs).toMatchObject({ tests: '1', failures: '0' });
    const cases = doc.children.flatMap((s) => s.children);
    expect(cases).toHaveLength(1);
    expect(cases[0]!.children).toHaveLength(0);
  });
});
