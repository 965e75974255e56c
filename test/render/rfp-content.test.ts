/**
 * The RFP goes to agencies outside the company: by default it shows only
 * what a bidder needs. None of the plan budget, the initiatives' budgets,
 * tool costs, contract end dates or KPIs outside the scope may be in it;
 * `--internal` shows all of them, marked as internal.
 */
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/i18n/types.js';
import { checkPlan } from '../../src/app/pipeline.js';
import { buildRfpData } from '../../src/render/data.js';
import { formatDate, formatMoney, formatRange } from '../../src/render/helpers.js';
import { asArray, asObject } from '../../src/rules/util.js';
import { runCli } from '../helpers/cli.js';
import { EXAMPLES, RFP_IDS } from '../helpers/examples.js';

type Example = keyof typeof EXAMPLES;

/** What must stay inside the company, read from the plan itself, as the document would print it. */
async function secrets(ex: Example, locale: Lang) {
  const { model } = await checkPlan(EXAMPLES[ex], { lint: true });
  const rfp = model.getOf('RFP', RFP_IDS[ex])!;
  const money = (v: unknown) => {
    const o = asObject(v);
    return o && typeof o.amount === 'number' && typeof o.currency === 'string' ? formatMoney(o.amount, o.currency, locale).replace(/\$/g, '\\$') : null;
  };
  const planBudget = money(model.plan!.data.budget)!;
  const scope = asObject(rfp.data.scope) ?? {};
  const initiativeBudgets = asArray(scope.initiatives).map((id) => money(model.getOf('Initiative', id)?.data.budget)).filter((m): m is string => m !== null);
  const toolCosts = model.ofKind('Tool').map((t) => money(t.data.cost)).filter((m): m is string => m !== null);
  const contractDates = model
    .ofKind('Tool')
    .map((t) => t.data.contract_end)
    .filter((d): d is string => typeof d === 'string')
    .map((d) => formatDate(d, locale));
  // KPIs of the RFP's goals that measure neither a stage nor an initiative in scope.
  const ctx = { model, locale, date: null, forced: false, problems: [] };
  const inScope = new Set(buildRfpData(ctx, rfp).rfp.kpis.map((k) => k.id));
  const outside = buildRfpData(ctx, rfp, { internal: true })
    .rfp.goals.flatMap((g) => g.kpis)
    .filter((k) => !inScope.has(k.id))
    .map((k) => k.name);
  return { planBudget, initiativeBudgets, toolCosts, contractDates, outside };
}

describe('the RFP shows bidders only what they need; --internal shows everything', () => {
  for (const ex of Object.keys(EXAMPLES) as Example[]) {
    for (const locale of ['en', 'ja'] as const) {
      it(`${ex} (${locale})`, async () => {
        const s = await secrets(ex, locale);
        // The examples do have each kind of internal figure, so the test can fail.
        expect(s.initiativeBudgets.length).toBeGreaterThan(0);
        expect(s.toolCosts.length).toBeGreaterThan(0);
        expect(s.contractDates.length).toBeGreaterThan(0);
        expect(s.outside.length).toBeGreaterThan(0);

        const args = ['render', 'rfp', RFP_IDS[ex], EXAMPLES[ex], '--locale', locale];
        const bidder = await runCli(args);
        expect(bidder.code, bidder.stderr).toBe(0);
        const internal = await runCli([...args, '--internal']);
        expect(internal.code, internal.stderr).toBe(0);

        const all = [s.planBudget, ...s.initiativeBudgets, ...s.toolCosts, ...s.contractDates, ...s.outside];
        for (const x of all) {
          expect(bidder.stdout, `the bidder version shows ${x}`).not.toContain(x);
          expect(internal.stdout, `the internal version lacks ${x}`).toContain(x);
        }
        expect(bidder.stdout).not.toMatch(/INTERNAL|社外秘/);
        expect(internal.stdout).toContain(locale === 'ja' ? '社内用 — 社外秘' : 'INTERNAL VERSION — NOT FOR DISTRIBUTION');
      });
    }
  }

  it('issuer, issue date, description, tax basis and the standard clauses (ja as a Japanese agency reads it)', async () => {
    const r = await runCli(['render', 'rfp', RFP_IDS['d2c-coffee-ja'], EXAMPLES['d2c-coffee-ja']]);
    for (const fact of [
      '| **発注者** | 株式会社湊珈琲焙煎所 マーケティング部 |',
      '| **発行日** | 2027年5月10日 |',
      '定期便の初回お届け体験（同梱物・淹れ方動画・LINE 配信）と、Instagram リールの企画・制作を担っていただく',
      '業務範囲全体で **800万〜1,100万円（税抜）** を想定しています。',
      '**機密保持：**',
      '提案書の作成、提出およびプレゼンテーションにかかる費用は、提案者の負担とします。',
      '**提出書類の取り扱い：**',
      '| 見積金額 | 価格 | 20% |',
      '| 1日前 | LINE |', // the automation sequence
      '| 10日後 | メール |', // a channel written `email` in the plan, in the document's language
      '| エンゲージメント |', // KPI category
      '豆ごとのレシピカードと、LINE のステップ配信で淹れ方を届ける', // a pain point's opportunity
    ]) {
      expect(r.stdout, fact).toContain(fact);
    }
    expect(r.stdout).not.toContain('）（');
    expect(r.stdout).not.toContain('JPY');
    expect(r.stdout).not.toContain('| email |');
  });

  it('a clause can be reworded or switched off, and amounts can be stated tax-inclusive', async () => {
    const { writePlan } = await import('../helpers/plan.js');
    const { readFileSync, readdirSync } = await import('node:fs');
    const path = await import('node:path');
    const files: Record<string, string> = {};
    const walk = (dir: string, rel = '') => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        if (e.isDirectory()) walk(path.join(dir, e.name), `${rel}${e.name}/`);
        else files[`${rel}${e.name}`] = readFileSync(path.join(dir, e.name), 'utf8');
      }
    };
    walk(EXAMPLES['exhibition-b2b']);
    files['rfps/digital-agency.yaml'] = files['rfps/digital-agency.yaml']!.replace('currency: USD, tax: excluded', 'currency: USD, tax: included').replace(
      'clauses:\n',
      'clauses:\n  proposal_costs: false\n  confidentiality: Everything in this RFP is covered by the NDA you signed.\n',
    );
    const dir = writePlan(files);
    const r = await runCli(['render', 'rfp', RFP_IDS['exhibition-b2b'], dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`**${formatRange(120000, 160000, 'USD', 'included', 'en').replace(/\$/g, '\\$')}**`);
    expect(r.stdout).toContain('(including tax)');
    expect(r.stdout).toContain('- **Confidentiality.** Everything in this RFP is covered by the NDA you signed.');
    expect(r.stdout).not.toContain('Cost of proposals');
  });
});

describe('amounts as each locale writes them', () => {
  it('Japanese yen in 万 and 億 where round, English with symbol and separators', () => {
    expect(formatMoney(2500000, 'JPY', 'ja')).toBe('250万円');
    expect(formatMoney(150000000, 'JPY', 'ja')).toBe('1億5,000万円');
    expect(formatMoney(1234567, 'JPY', 'ja')).toBe('1,234,567円');
    expect(formatMoney(2500000, 'JPY', 'en')).toBe('¥2,500,000');
    expect(formatRange(2500000, 4000000, 'JPY', 'excluded', 'ja')).toBe('250万〜400万円（税抜）');
    expect(formatRange(null, 4000000, 'JPY', 'included', 'ja')).toBe('400万円以内（税込）');
    expect(formatRange(250000, 330000, 'USD', null, 'en')).toBe('$250,000 – $330,000 (excluding tax)');
    expect(formatRange(120000, 160000, 'USD', 'excluded', 'ja')).toBe('$120,000〜$160,000（税抜）');
  });
});
