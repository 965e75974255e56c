import { defineRule } from './types.js';

/**
 * Management awareness comes first: a plan no executive backs has no one to
 * approve its strategy or its budget when it competes with other work.
 */
export default defineRule({
  meta: {
    id: 'no-executive-sponsor',
    severity: 'warn',
    category: 'team',
    description: {
      en: 'The plan names at least one sponsor at `level: executive`.',
      ja: '計画に `level: executive`（経営層）のスポンサーが少なくとも 1 人いること。',
    },
    practice: {
      en: 'Top and middle management awareness comes first (ピラミッドモデル 認知層): the CEO approves the strategy, the CMO runs it and the CFO approves the budget.',
      ja: 'ピラミッドモデルの認知層が出発点です。代表（CEO）が戦略を承認し、CMO が推進し、CFO が予算を承認する体制を計画に明記します。',
    },
    messages: {
      noSponsor: {
        en: 'Plan `{{id}}` names no sponsor from top management.',
        ja: '計画 `{{id}}` に経営層のスポンサーが指定されていません。',
        hint: {
          en: 'Add `sponsors: [<role-id>]` listing the executives who back the plan (for example the CEO and the CFO), and give those roles `level: executive`.',
          ja: '計画を後押しする経営層（例：代表、CFO）の役割 id を `sponsors: [<役割id>]` に書き、その役割に `level: executive` を付けてください。',
        },
      },
      noExecutive: {
        en: 'None of the sponsors of plan `{{id}}` is an executive of your organisation ({{sponsors}}).',
        ja: '計画 `{{id}}` のスポンサー（{{sponsors}}）に自社の経営層の役割がいません。',
        hint: {
          en: 'Add an executive role of your own organisation to `sponsors`, or set `level: executive` on the sponsor role that is top management (a partner\'s executive does not count).',
          ja: '`sponsors` に自社の経営層の役割を加えるか、経営層にあたるスポンサーの役割に `level: executive` を付けてください（パートナーの経営層は数えません）。',
        },
      },
    },
  },
  check({ model, report }) {
    const plan = model.plan;
    if (!plan) return;
    const refs = model.references(plan, 'Plan.sponsors[]');
    if (refs.length === 0) {
      // `sponsors: []` is the place to fix; with no `sponsors` at all, the plan itself.
      const listed = plan.data.sponsors !== undefined;
      report({ target: plan, messageId: 'noSponsor', data: { id: plan.id }, ...(listed ? { path: ['sponsors'], at: 'key' as const } : {}) });
      return;
    }
    const roles = refs.map((r) => model.getOf('Role', r.targetKey));
    // Top management of the plan's own organisation: a partner's executive does not approve its budget.
    if (roles.some((role) => role?.data.level === 'executive' && role.data.type !== 'partner')) return;
    report({
      target: plan,
      messageId: 'noExecutive',
      path: ['sponsors'],
      at: 'key',
      data: { id: plan.id, sponsors: refs.map((r) => r.targetKey).join(', ') },
    });
  },
});
