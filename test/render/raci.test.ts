import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/app/pipeline.js';
import { buildReportData, RACI_MATRIX_MAX_ROLES, SHAPES } from '../../src/render/data.js';
import { conformance } from '../../src/render/shape.js';
import { planHealth } from '../../src/health/index.js';
import { writePlan } from '../helpers/plan.js';
import { runCli } from '../helpers/cli.js';
import { sourceColumnProblems, tables } from './helpers.js';

/**
 * A plan whose initiatives name `roles` roles (`r1`…`rN`) in RACI fields,
 * every role at least once: initiative k is accountable to rk, responsible
 * r(k+1) and r(k+2), consulted r(k+3), informed r(k+4) (wrapping round).
 * Role 2's name holds a comma and a pipe, as real role names do.
 */
function raciPlan(roles: number, extra: { informed?: string } = {}): Record<string, string> {
  const name = (i: number) => (i === 2 ? 'Sales Director, Factory | Automation' : `Role ${i}`);
  const role = (i: number) => `kind: Role\nid: r${i}\nname: "${name(i)}"\ntype: internal\nresponsibilities: [work]\n`;
  const at = (k: number) => `r${((k - 1) % roles) + 1}`;
  const inits: string[] = [];
  for (let k = 1; k <= roles; k++) {
    const informed = [at(k + 4), ...(k === 1 && extra.informed ? [extra.informed] : [])];
    inits.push(
      `kind: Initiative\nid: i${k}\nname: Initiative ${k}\naccountable: ${at(k)}\nresponsible: [${at(k + 1)}, ${at(k + 2)}]\n` +
        `${k === 2 ? '' : `consulted: [${at(k + 3)}]\n`}informed: [${informed.join(', ')}]\n`,
    );
  }
  inits.push('kind: Initiative\nid: i0\nname: Nobody accountable\n');
  return {
    'mplan.yaml': 'kind: Plan\nid: p\nname: RACI plan\nversion: 1\nlocale: en\nowner: r1\n',
    'team.yaml': Array.from({ length: roles }, (_, i) => role(i + 1)).join('---\n'),
    'initiatives.yaml': inits.join('---\n'),
  };
}

async function report(dir: string, locale: string, force = false): Promise<string> {
  const r = await runCli(['render', 'report', dir, '--locale', locale, ...(force ? ['--force'] : [])]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

/** The RACI section of a report (up to the next heading), and its one table. */
function raciSection(md: string, heading: string): { text: string; table: { header: number; rows: number[] } } {
  const start = md.indexOf(`### ${heading}`);
  expect(start, 'RACI heading').toBeGreaterThan(-1);
  const end = md.indexOf('\n### ', start + 1);
  const text = md.slice(start, end === -1 ? undefined : end);
  const ts = tables(text);
  expect(ts).toHaveLength(1);
  return { text, table: ts[0]! };
}

/** Every table of the whole document has consistent column counts (parser and source). */
function expectTablesHold(md: string): void {
  for (const t of tables(md)) for (const r of t.rows) expect(r, `table at line ${t.line}`).toBe(t.header);
  expect(sourceColumnProblems(md)).toEqual([]);
}

const HEADING = { en: 'Responsibilities (RACI)', ja: '役割分担（RACI）' } as const;

describe('RACI section: a matrix for a small team, a list beyond', () => {
  it(`the threshold is ${RACI_MATRIX_MAX_ROLES} roles`, () => {
    expect(RACI_MATRIX_MAX_ROLES).toBe(8);
  });

  describe(`${RACI_MATRIX_MAX_ROLES} roles: the classic matrix`, () => {
    const dir = writePlan(raciPlan(RACI_MATRIX_MAX_ROLES));
    for (const locale of ['en', 'ja'] as const) {
      it(locale, async () => {
        const md = await report(dir, locale);
        expectTablesHold(md);
        const { text, table } = raciSection(md, HEADING[locale]);
        // Initiative + one column per role; one row per initiative.
        expect(table.header).toBe(1 + RACI_MATRIX_MAX_ROLES);
        expect(table.rows).toHaveLength(RACI_MATRIX_MAX_ROLES + 1);
        expect(text).toContain(locale === 'en' ? 'A = accountable, R = responsible, C = consulted, I = informed.' : 'A＝説明責任者、R＝実行責任者、C＝協議先、I＝報告先。');
        expect(text).toContain('Sales Director, Factory \\| Automation');
        // Initiative 1: A for r1, R for r2 and r3, C for r4, I for r5, nothing for r6..r8.
        expect(text).toContain('| Initiative 1 | A | R | R | C | I |  |  |  |');
        expect(text).not.toContain(locale === 'en' ? 'Accountable (A)' : '説明責任者（A）');
      });
    }
  });

  describe(`${RACI_MATRIX_MAX_ROLES + 1} roles: one row per initiative listing the roles`, () => {
    const dir = writePlan(raciPlan(RACI_MATRIX_MAX_ROLES + 1, { informed: 'ghost' }));
    for (const locale of ['en', 'ja'] as const) {
      it(locale, async () => {
        const md = await report(dir, locale, true);
        expectTablesHold(md);
        const { text, table } = raciSection(md, HEADING[locale]);
        expect(table.header).toBe(5);
        expect(table.rows).toHaveLength(RACI_MATRIX_MAX_ROLES + 2);
        // '; ' in English: role names often contain commas ("Sales Director, Factory Automation").
        const sep = locale === 'en' ? '; ' : '、';
        const none = locale === 'en' ? '⚠ none' : '⚠ 未設定';
        const ghost = locale === 'en' ? '⚠ `ghost` (not found)' : '⚠ `ghost` (見つかりません)';
        expect(text).toContain(
          locale === 'en'
            ? '| Initiative | Accountable (A) | Responsible (R) | Consulted (C) | Informed (I) |'
            : '| 施策 | 説明責任者（A） | 実行責任者（R） | 協議先（C） | 報告先（I） |',
        );
        // Names escaped by the ref helper, several roles joined, a missing reference marked.
        expect(text).toContain(`| Initiative 1 | Role 1 | Sales Director, Factory \\| Automation${sep}Role 3 | Role 4 | Role 5${sep}${ghost}`);
        // No consulted role: a dash; no accountable: marked.
        expect(text).toContain(`| Initiative 2 | Sales Director, Factory \\| Automation | Role 3${sep}Role 4 | — | Role 6 |`);
        expect(text).toContain(`| Nobody accountable | ${none} | — | — | — |`);
        // No matrix legend, no role columns.
        expect(text).not.toContain(locale === 'en' ? 'A = accountable' : 'A＝説明責任者');
      });
    }
  });

  it('the data: a matrix fills roles and rows; a list leaves them empty; both have the list', async () => {
    for (const n of [RACI_MATRIX_MAX_ROLES, RACI_MATRIX_MAX_ROLES + 1]) {
      const result = await checkPlan(writePlan(raciPlan(n)), { lint: true });
      const ctx = { model: result.model, locale: 'en' as const, date: null, forced: false, problems: [] };
      const data = buildReportData(ctx, { findings: [], rules: result.rules, health: planHealth(result.model) });
      expect(conformance(SHAPES.report, data)).toEqual([]);
      const { raci } = data;
      expect(raci.matrix).toBe(n <= RACI_MATRIX_MAX_ROLES);
      expect(raci.roles.map((r) => r.id)).toEqual(raci.matrix ? Array.from({ length: n }, (_, i) => `r${i + 1}`) : []);
      expect(raci.rows).toHaveLength(raci.matrix ? n + 1 : 0);
      expect(raci.list).toHaveLength(n + 1);
      expect(raci.list[0]!.initiative.id).toBe('i1');
      expect(raci.list[0]!.accountable?.id).toBe('r1');
      expect(raci.list[0]!.responsible.map((r) => r.id)).toEqual(['r2', 'r3']);
      expect(raci.list[1]!.consulted).toEqual([]);
      expect(raci.list[n]!.accountable).toBeNull();
    }
  });
});
