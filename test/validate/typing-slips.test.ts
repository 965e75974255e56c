/**
 * Issue 13, "Japanese and English typing slips, named as what they are":
 * each slip gets its own message (en + ja), at the offending character,
 * with a fix hint, and one slip gives one message in its file, not a flood
 * of misleading YAML or schema errors.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments, isMap, isSeq, isScalar, visit } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { localize } from '../../src/i18n/index.js';
import { check, yaml } from '../helpers/plan.js';

interface Found {
  at: string;
  en: string;
  ja: string;
  hint: string;
  hintJa: string;
}

/** The findings of `file` that come from reading and validating it (not lint rules, not references to other files). */
async function findings(files: Record<string, string>, file: string): Promise<Found[]> {
  const r = await check(files);
  const mine = r.diagnostics.filter((d: Diagnostic) => d.file === file && !d.rule.startsWith('ref-'));
  const en = localize(mine, 'en');
  const ja = localize(mine, 'ja');
  return en.map((d, i) => ({
    at: `${d.messageId}@${d.line}:${d.column}`,
    en: d.message!,
    ja: ja[i]!.message!,
    hint: d.hint ?? '',
    hintJa: ja[i]!.hint ?? '',
  }));
}

const GOAL = yaml`
  kind: Goal
  id: customers-stay
  name: Customers stay with us
  statement: New customers buy again within three months.
  priority: 1
  agreed_by:
    - role: ceo
      on: 2027-03-15
    - role: cmo
      on: 2027-03-16
`;

/** An initiative whose budget is written `budget: { <amount>, currency: JPY }`, on line 4. */
const budget = (amount: string) =>
  findings({ 'i.yaml': `kind: Initiative\nid: welcome\nname: Welcome\nbudget: { ${amount}, currency: JPY }\n` }, 'i.yaml');

describe('typing slips: one message each, at the slip, in words a marketer uses', () => {
  it('a full-width space used for indentation (the YAML breaks)', async () => {
    const text = GOAL.replace('  - role: ceo', '\u3000- role: ceo');
    const ds = await findings({ 'goals/g.yaml': text }, 'goals/g.yaml');
    expect(ds.map((d) => d.at)).toEqual(['yaml-fullwidth-indent@7:1']);
    expect(ds[0]!.en).toContain('full-width space');
    expect(ds[0]!.ja).toContain('全角スペース');
    expect(ds[0]!.hint).toContain('half-width spaces');
    expect(ds[0]!.hintJa).toContain('半角スペース');
  });

  it('a full-width space used for indentation (the YAML still reads, the field lands in the wrong block)', async () => {
    const text = GOAL.replace('    on: 2027-03-16', '\u3000\u3000on: 2027-03-16');
    const ds = await findings({ 'goals/g.yaml': text }, 'goals/g.yaml');
    // not "`　　on` is not a field of Goal" plus "agreed_by[1] is missing `on`"
    expect(ds.map((d) => d.at)).toEqual(['yaml-fullwidth-indent@10:1']);
  });

  it('a full-width colon after a field name', async () => {
    const ds = await findings({ 'goals/g.yaml': GOAL.replace('priority: 1', 'priority：1') }, 'goals/g.yaml');
    // the parser stumbles on the next line; the message points at the colon itself
    expect(ds.map((d) => d.at)).toEqual(['yaml-fullwidth-colon@5:9']);
    expect(ds[0]!.en).toContain('`priority` is followed by a full-width colon');
    expect(ds[0]!.ja).toContain('全角（：）');
    expect(ds[0]!.hint).toContain('`priority: …`');
  });

  it('a full-width colon inside `{ … }`', async () => {
    const ds = await budget('amount：20000');
    // not "`amount：20000` is not a field" plus "budget is missing `amount`"
    expect(ds.map((d) => d.at)).toEqual(['yaml-fullwidth-colon@4:17']);
  });

  it('a full-width space after the colon', async () => {
    const ds = await findings({ 'goals/g.yaml': GOAL.replace('name: Customers', 'name:\u3000Customers') }, 'goals/g.yaml');
    expect(ds.map((d) => d.at)).toEqual(['yaml-fullwidth-space-after-colon@3:6']);
    expect(ds[0]!.ja).toContain('`name:` の後が全角スペース');
  });

  it('full-width digits where a number or a date is expected', async () => {
    const text = GOAL.replace('priority: 1', 'priority: １').replace('on: 2027-03-15', 'on: ２０２７-03-15');
    const ds = await findings({ 'goals/g.yaml': text }, 'goals/g.yaml');
    expect(ds.map((d) => d.at)).toEqual(['schema-fullwidth-digits@5:11', 'schema-fullwidth-digits@8:9']);
    expect(ds[0]!.en).toBe('`priority` is written with full-width digits (`１`); mplan reads only half-width digits 0-9.');
    expect(ds[0]!.hint).toBe('Type it with half-width digits: `priority: 1`.');
    expect(ds[1]!.hint).toBe('Type it with half-width digits: `on: 2027-03-15`.');
    expect(ds[1]!.ja).toContain('全角の数字');
  });

  it('a thousands comma inside `{ … }` splits the number', async () => {
    const ds = await budget('amount: 1,200,000');
    // not "`200` is not a field of Initiative" pointing at the `{`
    expect(ds.map((d) => d.at)).toEqual(['yaml-comma-split@4:20']);
    expect(ds[0]!.en).toBe(
      'The comma after `1` ends the value of `amount`: inside `{ … }` a comma separates fields, so `200` was read as a field name.',
    );
    expect(ds[0]!.hint).toBe('Write the number without thousands separators: `amount: 1200000`.');
    expect(ds[0]!.hintJa).toContain('`amount: 1200000`');
  });

  it('a thousands comma whose parts repeat (`2,000,000`): the same message, not "duplicate key `0`"', async () => {
    const ds = await budget('amount: 2,000,000');
    expect(ds.map((d) => d.at)).toEqual(['yaml-comma-split@4:20']);
    expect(ds[0]!.hint).toContain('`amount: 2000000`');
  });

  it('a comma inside `{ … }` splits a text', async () => {
    const text = yaml`
      kind: RFP
      id: site
      title: Site
      requirements:
        - { id: R2, text: deck, run-of-show, priority: must }
    `;
    const ds = await findings({ 'r.yaml': text }, 'r.yaml');
    expect(ds.map((d) => d.at)).toEqual(['yaml-comma-split@5:25']);
    expect(ds[0]!.en).toContain('The comma after `deck` ends the value of `text`');
    expect(ds[0]!.hint).toContain('`text: "deck, run-of-show"`');
    expect(ds[0]!.hint).toContain('block style');
    expect(ds[0]!.ja).toContain('カンマが項目の区切り');
  });

  it('a day that does not exist is "not a real calendar day", not "must be YYYY-MM-DD"', async () => {
    const ds = await findings({ 'goals/g.yaml': GOAL.replace('on: 2027-03-15', 'on: 2027-02-30') }, 'goals/g.yaml');
    expect(ds.map((d) => d.at)).toEqual(['schema-date-no-such-day@8:9']);
    expect(ds[0]!.en).toBe('`agreed_by[0].on` is `2027-02-30`, which is not a real calendar day: month 2 of 2027 has 28 days.');
    expect(ds[0]!.ja).toBe('`agreed_by[0].on` の `2027-02-30` は実在しない日付です（2027 年 2 月は 28 日までです）。');
    expect(ds[0]!.hint).toContain('`2027-02-28`');
    const leap = await findings({ 'goals/g.yaml': GOAL.replace('on: 2027-03-15', 'on: 2028-02-29') }, 'goals/g.yaml');
    expect(leap).toEqual([]);
  });

  it('an invalid id does not hide the other schema errors of its document', async () => {
    const text = GOAL.replace('id: customers-stay', 'id: Customers Stay').replace('priority: 1', 'priority: 9');
    const ds = await findings({ 'goals/g.yaml': text }, 'goals/g.yaml');
    expect(ds.map((d) => d.at)).toEqual(['id-invalid@2:5', 'schema-maximum@5:11']);
  });
});

describe('quotes of the user\'s text are capped (item 8)', () => {
  it('a Markdown file saved as .yaml gives a short message, not the whole file', async () => {
    const paragraph = 'Some paragraph text that goes on and on about the campaign. '.repeat(150);
    const r = await check({ 'notes.yaml': `*draft\n  - y\n'${paragraph}'\n` });
    const ds = localize(r.diagnostics.filter((d) => d.file === 'notes.yaml'), 'en');
    expect(ds.length).toBeGreaterThan(0);
    for (const d of ds) expect(d.message!.length, d.message).toBeLessThan(200);
    expect(ds.map((d) => d.message)).toContain(
      'This is not valid YAML: Unexpected single-quoted-scalar token in YAML stream: "\'Some paragraph text that goes on and on about the campaign…".',
    );
  });

  it('a long unknown key or value is quoted with its start and an ellipsis', async () => {
    const long = 'x'.repeat(500);
    const r = await check({ 'goals/g.yaml': `kind: Goal\nid: g\nname: G\nstatement: S\n${long}: 1\nhorizon: ${long}\n` });
    const ds = localize(r.diagnostics.filter((d) => d.file === 'goals/g.yaml'), 'ja');
    expect(ds).toHaveLength(2);
    for (const d of ds) {
      expect(d.message!.length, d.message).toBeLessThan(160);
      expect(d.message).toContain(`${'x'.repeat(59)}…`);
    }
  });
});

describe('starter files of `mplan init`', () => {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const root = path.join(here, '../../templates/init');
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));

  it('write multi-word text in block style, where a comma cannot split it', () => {
    const offenders: string[] = [];
    for (const f of files(root)) {
      for (const doc of parseAllDocuments(readFileSync(f, 'utf8'))) {
        visit(doc, {
          Scalar(_key, node, ancestors) {
            const parent = ancestors[ancestors.length - 1];
            const collection = isMap(parent) || isSeq(parent) ? parent : ancestors[ancestors.length - 2];
            const flow = (isMap(collection) || isSeq(collection)) && collection.flow;
            if (flow && isScalar(node) && typeof node.value === 'string' && /\s/.test(node.value)) {
              offenders.push(`${path.relative(root, f)}: ${node.value}`);
            }
          },
        });
      }
    }
    expect(offenders).toEqual([]);
  });
});
