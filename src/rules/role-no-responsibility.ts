import type { ReferenceField } from '../model/refs.js';
import { hasText } from './util.js';
import { defineRule } from './types.js';

/**
 * References that give a role a duty: owning something, being accountable or
 * responsible for an initiative, sponsoring the plan or issuing an RFP.
 * Being consulted, informed or reported to is not a duty of its own.
 */
const DUTY_FIELDS: ReadonlySet<ReferenceField> = new Set<ReferenceField>([
  'Plan.owner',
  'Plan.sponsors[]',
  'Goal.owner',
  'Challenge.owner',
  'Journey.stages[].owner',
  'Journey.stages[].touchpoints[].owner',
  'KPI.owner',
  'Initiative.accountable',
  'Initiative.responsible[]',
  'Tool.owner',
  'RFP.issuer',
]);

/** A role with nothing to do in the plan is either missing its duties or not needed on the team. */
export default defineRule({
  meta: {
    id: 'role-no-responsibility',
    severity: 'info',
    category: 'team',
    description: {
      en: 'Every role owns, is accountable or responsible for something, or lists its responsibilities.',
      ja: 'すべての役割が何かを担当しているか（オーナー・説明責任者・実行責任者）、担当業務が書かれていること。',
    },
    practice: {
      en: 'Make a team of specialists and partners with clear roles (チームを作る, 責任者の明確化): each member knows what they own, and everyone knows whom to ask.',
      ja: '専門家とパートナーでチームを作り、役割を明確にします（責任者の明確化）。各メンバーが自分の担当を知り、誰に聞けばよいかが全員に分かる状態にします。',
    },
    messages: {
      noResponsibility: {
        en: 'Role `{{id}}` owns nothing, is accountable or responsible for no initiative, and lists no responsibilities.',
        ja: '役割 `{{id}}` は何のオーナーでもなく、どの施策の説明責任者・実行責任者でもなく、担当業務（responsibilities）も書かれていません。',
        hint: {
          en: 'Write what this role does under `responsibilities:`, or name it as `owner`, `accountable` or `responsible` where it does the work; remove the role if the team does not need it.',
          ja: '`responsibilities:` にこの役割の担当業務を書くか、実際に担う箇所の `owner`・`accountable`・`responsible` に指定してください。チームに不要な役割なら削除してください。',
        },
      },
    },
  },
  check({ model, report }) {
    for (const role of model.ofKind('Role')) {
      if (hasText(role.data.responsibilities)) continue;
      if (model.countReferencesTo(role, DUTY_FIELDS) > 0) continue;
      report({ target: role, messageId: 'noResponsibility', data: { id: role.id }, about: ['responsibilities', ...DUTY_FIELDS] });
    }
  },
});
