import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import markdown, { MAX_ROWS, cell } from '../../src/formatters/markdown.js';
import { expectGolden, fixtureDiagnostics, makeContext } from './context.js';

interface Node {
  type: string;
  value?: string;
  url?: string;
  children?: Node[];
}

function run(lang: 'en' | 'ja' = 'en', diagnostics = fixtureDiagnostics(lang), overrides = {}) {
  return markdown(diagnostics, makeContext(diagnostics, { lang, ...overrides }));
}

function parse(md: string): Node {
  return fromMarkdown(md, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }) as unknown as Node;
}

function all(node: Node, type: string, out: Node[] = []): Node[] {
  if (node.type === type) out.push(node);
  for (const c of node.children ?? []) all(c, type, out);
  return out;
}

/** Visible text of a node: text and inline code values, `<br>` as a newline. */
function text(node: Node): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.type === 'inlineCode' ? `\`${node.value}\`` : node.value!;
  if (node.type === 'html') return node.value === '<br>' ? '\n' : `[html:${node.value}]`;
  return (node.children ?? []).map(text).join('');
}

function tables(md: string): Node[] {
  return all(parse(md), 'table');
}

describe('markdown formatter', () => {
  it('matches the golden output (en and ja, and clean)', () => {
    expectGolden('markdown.en.md', run('en'));
    expectGolden('markdown.ja.md', run('ja'));
    expectGolden('markdown.clean.md', run('en', []));
  });

  it('renders as GFM tables with a consistent column count: by rule, findings, plan health', () => {
    for (const lang of ['en', 'ja'] as const) {
      const md = run(lang);
      const ts = tables(md);
      expect(ts).toHaveLength(3);
      expect(ts.map((t) => t.children![0]!.children!.length)).toEqual([3, 4, 3]);
      for (const t of ts) {
        const width = t.children![0]!.children!.length;
        for (const r of t.children!) expect(r.children!.length).toBe(width);
      }
      // the source rows too: no row with an extra (ignored) cell
      const rows = md.split('\n').filter((l) => l.startsWith('|'));
      expect(rows.length).toBe(ts.reduce((n, t) => n + t.children!.length + 1, 0));
      expect(ts[1]!.children!.length).toBe(1 + fixtureDiagnostics(lang).length);
    }
  });

  it('keeps hostile text inside its cell, as text, never HTML', () => {
    const ds = fixtureDiagnostics('en');
    const md = run('en', ds);
    const findings = tables(md)[1]!;
    const hostileRow = findings.children![5]!;
    expect(text(hostileRow.children![0]!)).toBe('plan/tools/odd, name: 100%.yaml:3:9');
    const msg = text(hostileRow.children![3]!);
    expect(msg).toContain('a|b <script>alert(1)</script> & `x\nsecond line, 100% done: yes\nthird');
    expect(msg).toContain('Say what `crm` does | in one line, <b>plainly</b>.');
    expect(msg).not.toContain('[html:');
    // the only HTML mplan writes is <br>
    for (const h of all(parse(md), 'html')) expect(h.value).toBe('<br>');
  });

  it('links each rule to its docs and keeps code spans in messages as code', () => {
    const md = run('en');
    const byRule = tables(md)[0]!;
    const links = all(byRule, 'link');
    expect(links.map((l) => l.url)).toContain('https://example.test/docs/rules/kpi-no-stage.md');
    expect(links.map((l) => text(l))).toEqual(['id-duplicate', 'kpi-no-stage', 'raci-multiple-letters', 'kpi-no-baseline', 'tool-no-purpose']);
    const stageRow = tables(md)[1]!.children![3]!;
    expect(all(stageRow.children![3]!, 'inlineCode').map((c) => c.value)).toContain('kpi-store-visits');
    // counts by rule
    expect(byRule.children!.slice(1).map((r) => text(r.children![2]!))).toEqual(['1', '1', '1', '1', '1']);
  });

  it('names the related place of a relationship under the message', () => {
    const msg = text(tables(run('en'))[1]!.children![1]!.children![3]!);
    expect(msg).toContain('see plan/team/roles.yaml:2:5 (`cmo` is defined here)');
  });

  it('has a heading and a localized summary line', () => {
    const root = parse(run('ja'));
    const headings = all(root, 'heading').map(text);
    expect(headings).toEqual(['mplan lint', '指摘', '計画の健全性']);
    expect(run('ja')).toContain('5 件の指摘（エラー 2 件、警告 1 件、情報 2 件）');
  });

  it('a clean plan gets a heading, a clean line and the health table only', () => {
    const md = run('en', []);
    expect(tables(md)).toHaveLength(1);
    expect(text(parse(md))).toContain('No problems found in 9 files (27 entities).');
  });

  it('caps the findings table and says so', () => {
    const d = fixtureDiagnostics('en')[2]!;
    const many = Array.from({ length: MAX_ROWS + 5 }, (_, i) => ({ ...d, line: i + 1 }));
    const md = run('en', many, { health: undefined });
    expect(tables(md)[1]!.children!.length).toBe(MAX_ROWS + 1);
    expect(md).toContain(`Showing the first ${MAX_ROWS} of ${MAX_ROWS + 5} findings`);
  });

  it('cell() survives code spans with pipes and backslashes, and unmatched backticks', () => {
    for (const s of ['`a|b`', '`a\\|b` | c', 'x ` y', '``', 'a\\', '`<i>`']) {
      const md = `| h |\n| --- |\n| ${cell(s)} |\n`;
      const t = tables(md)[0]!;
      expect(t.children![1]!.children!.length).toBe(1);
      const got = text(t.children![1]!.children![0]!);
      expect(got.replace(/`/g, '')).toBe(s.replace(/`/g, ''));
      expect(got).not.toContain('[html:');
    }
  });
});
