import type { ReferenceField } from '../model/refs.js';
import { asNumber } from './util.js';
import { defineRule } from './types.js';

/** What a role can own: a stage (`owner`), a KPI (`owner`) and an initiative (`accountable`). */
const OWNERSHIP_FIELDS: ReadonlySet<ReferenceField> = new Set<ReferenceField>(['Journey.stages[].owner', 'KPI.owner', 'Initiative.accountable']);

/**
 * Below this many stages, KPIs and initiatives together a share says
 * nothing: in a first draft one person owning two of three items is normal.
 */
export const MIN_ITEMS = 4;

const DEFAULT_MAX_SHARE = 0.5;

/**
 * A share and the limit as percentages, with as many decimals as it takes for
 * the share to read as more than the limit (1/6 against 0.16 is 16.7% against
 * 16%, never "17%, more than 17%").
 */
function percents(share: number, max: number): { share: number; max: number } {
  for (let d = 0; ; d++) {
    const f = 10 ** d;
    const s = Math.round(share * 100 * f) / f;
    const m = Math.round(max * 100 * f) / f;
    if (s > m || d === 6) return { share: s, max: m };
  }
}

/** One role owning most of the plan is a bottleneck and a single point of failure. */
export default defineRule({
  meta: {
    id: 'role-overloaded',
    severity: 'warn',
    category: 'team',
    description: {
      en: 'No role owns or is accountable for more than a share (`max-share`, default 50%) of all stages, KPIs and initiatives.',
      ja: '1 つの役割が、ステージ・KPI・施策の合計のうち一定の割合（`max-share`、既定 50%）を超えて担当していないこと。',
    },
    practice: {
      en: 'Make a team with clear roles, where the marketer runs the project with specialists and partners (チームを作る, 専門家の連携): responsibility is shared, not piled on one person.',
      ja: 'マーケターがプロジェクトを推進し、専門家やパートナーと連携するチームを作ります（チームを作る、専門家の連携）。責任は分担し、1 人に集中させません。',
    },
    messages: {
      overloaded: {
        en: 'Role `{{id}}` owns or is accountable for {{count}} of the plan\'s {{total}} stages, KPIs and initiatives ({{share}}%, more than {{max}}%).',
        ja: '役割 `{{id}}` が、計画のステージ・KPI・施策 {{total}} 件のうち {{count}} 件（{{share}}%）を担当しています（上限 {{max}}%）。',
        hint: {
          en: 'Hand some stages (`owner`), KPIs (`owner`) or initiatives (`accountable`) to other roles, or add a role for them; raise `max-share` only if this concentration is intended.',
          ja: '一部のステージ（`owner`）、KPI（`owner`）、施策（`accountable`）を他の役割に割り当てるか、担当する役割を追加してください。意図した集中であれば `max-share` を上げてください。',
        },
      },
    },
    options: {
      type: 'object',
      properties: {
        'max-share': { type: 'number', minimum: 0, maximum: 1 },
      },
    },
    defaults: { 'max-share': DEFAULT_MAX_SHARE },
  },
  check({ model, options, report }) {
    const total = model.stages.length + model.ofKind('KPI').length + model.ofKind('Initiative').length;
    if (total < MIN_ITEMS) return;
    const configured = asNumber(options['max-share']);
    const maxShare = configured !== undefined && configured >= 0 && configured <= 1 ? configured : DEFAULT_MAX_SHARE;
    for (const role of model.ofKind('Role')) {
      // Each stage, KPI or initiative counts once, whatever the number of references.
      const owned = model.countEntitiesReferringTo(role, OWNERSHIP_FIELDS);
      const share = owned / total;
      if (share > maxShare) {
        report({
          target: role,
          messageId: 'overloaded',
          data: { id: role.id, count: owned, total, ...percents(share, maxShare) },
        });
      }
    }
  },
});
