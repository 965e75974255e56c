import type { Entity } from '../model/types.js';
import { defineRule } from './types.js';
import { asNumber, asObject, asString } from './util.js';

/** Sum money without binary-fraction noise (amounts are at most cents). */
function addMoney(a: number, b: number): number {
  return Math.round((a + b) * 100) / 100;
}

/**
 * The initiatives' budgets must fit in the plan budget. Only amounts in the
 * plan's currency are added up; an initiative budgeted in another currency
 * cannot be compared and gets an info finding of its own (no exchange rates
 * are guessed).
 */
export default defineRule({
  meta: {
    id: 'budget-over-plan',
    severity: 'error',
    category: 'initiatives',
    description: {
      en: 'The initiatives\' budgets add up to no more than the plan budget.',
      ja: '施策の予算の合計が計画全体の予算を超えていないこと。',
    },
    practice: {
      en: 'Clear resources and budget approval: the CFO approves one plan budget, and the initiatives must fit in it (具体的で測定可能な目標; ピラミッドモデル 認知層).',
      ja: 'リソースと予算承認を明確にします。CFO が承認するのは計画全体の予算であり、施策の予算はその中に収める必要があります。',
    },
    messages: {
      overBudget: {
        en: 'The initiatives\' budgets add up to {{total}} {{currency}}, {{over}} {{currency}} more than the plan budget of {{budget}} {{currency}}.',
        ja: '施策の予算の合計が {{total}} {{currency}} で、計画予算 {{budget}} {{currency}} を {{over}} {{currency}} 超えています。',
        hint: {
          en: 'Cut or drop initiatives until their budgets fit, or have the plan budget raised and approved by its sponsor.',
          ja: '予算内に収まるよう施策を縮小・削減するか、計画予算の増額をスポンサーに承認してもらってください。',
        },
      },
      overBudgetWithOthers: {
        en: 'The initiatives budgeted in {{currency}} add up to {{total}} {{currency}}, {{over}} {{currency}} more than the plan budget of {{budget}} {{currency}}. Not counted: initiatives budgeted in other currencies ({{others}}).',
        ja: '{{currency}} で予算を立てた施策の合計が {{total}} {{currency}} で、計画予算 {{budget}} {{currency}} を {{over}} {{currency}} 超えています（他の通貨で予算を立てた {{others}} 件の施策は含みません）。',
        hint: {
          en: 'Cut or drop initiatives until their budgets fit, or have the plan budget raised and approved by its sponsor; state the other budgets in {{currency}} too, so they count.',
          ja: '予算内に収まるよう施策を縮小・削減するか、計画予算の増額をスポンサーに承認してもらってください。他の通貨の予算も {{currency}} で記載すると合計に含められます。',
        },
      },
      otherCurrency: {
        en: 'The budget of initiative `{{id}}` is in {{currency}}, the plan budget in {{planCurrency}}: it cannot be added to the total.',
        ja: '施策 `{{id}}` の予算は {{currency}}、計画予算は {{planCurrency}} のため、合計に含めて比較できません。',
        hint: {
          en: 'State the budget in {{planCurrency}} (at the exchange rate your finance team uses) so it counts towards the plan budget.',
          ja: '計画予算と比較できるよう、予算を {{planCurrency}} で記載してください（換算レートは経理部門のものを使ってください）。',
        },
      },
    },
  },
  check({ model, report }) {
    const plan = model.plan;
    const planBudget = asObject(plan?.data.budget);
    const limit = asNumber(planBudget?.amount);
    const currency = asString(planBudget?.currency);
    if (!plan || limit === undefined || !currency) return;
    let total = 0;
    let counted = 0;
    const foreign: Array<[Entity<'Initiative'>, string]> = [];
    for (const ini of model.ofKind('Initiative')) {
      const budget = asObject(ini.data.budget);
      const amount = asNumber(budget?.amount);
      const cur = asString(budget?.currency);
      if (amount === undefined || !cur) continue;
      if (cur === currency) {
        total = addMoney(total, amount);
        counted++;
      } else foreign.push([ini, cur]);
    }
    if (total > limit) {
      report({
        target: plan,
        // The total leaves out budgets in other currencies: say so, so it is not read as the whole.
        messageId: foreign.length ? 'overBudgetWithOthers' : 'overBudget',
        data: { total, budget: limit, over: addMoney(total, -limit), currency, initiatives: counted, ...(foreign.length ? { others: foreign.length } : {}) },
        path: ['budget'],
        at: 'key',
      });
    }
    for (const [ini, cur] of foreign) {
      report({
        target: ini,
        messageId: 'otherCurrency',
        severity: 'info',
        data: { id: ini.id, currency: cur, planCurrency: currency },
        path: ['budget', 'currency'],
      });
    }
  },
});
