import { defineRule } from './types.js';
import { asNumber, asObject } from './util.js';

const CRITERIA = ['purpose', 'target', 'budget', 'differentiation', 'sustainability'] as const;

/** An initiative that scores poorly on the selection checklist is a candidate to rethink before money is spent. */
export default defineRule({
  meta: {
    id: 'initiative-low-fit',
    severity: 'info',
    category: 'initiatives',
    description: {
      en: 'An initiative\'s fit scores have no 1 and average at least 3.',
      ja: '施策の適合度（fit）スコアに 1 がなく、平均が 3 以上であること。',
    },
    practice: {
      en: 'Choosing initiatives by checklist: purpose, target behaviour, budget and people, differentiation and sustainability; a weak score is a reason to rethink the initiative (施策選定チェックリスト).',
      ja: '施策はチェックリスト（目的、ターゲットの行動、予算・人員、差別化、継続性）で選びます。低いスコアは施策を見直すきっかけです。',
    },
    messages: {
      scoreOne: {
        en: 'Initiative `{{id}}` scores 1 of 5 on `{{criterion}}` in its fit check.',
        ja: '施策 `{{id}}` の適合度チェックで `{{criterion}}` が 5 段階中 1 です。',
        hint: {
          en: 'Rethink the initiative so it fits `{{criterion}}` better, replace it with one that does, or record why it is worth doing anyway.',
          ja: '`{{criterion}}` により合うよう施策を見直すか、より適した施策に置き換えてください。それでも実施する場合は、その理由を記録してください。',
        },
      },
      lowAverage: {
        en: 'Initiative `{{id}}` has an average fit score of {{average}} of 5, below 3.',
        ja: '施策 `{{id}}` の適合度スコアの平均が 5 段階中 {{average}} で、3 を下回っています。',
        hint: {
          en: 'Check the initiative against its purpose, target behaviour, budget, differentiation and sustainability, and improve or replace it.',
          ja: '目的、ターゲットの行動、予算、差別化、継続性の観点から施策を見直し、改善するか別の施策に置き換えてください。',
        },
      },
    },
  },
  check({ model, report }) {
    for (const ini of model.ofKind('Initiative')) {
      const fit = asObject(ini.data.fit);
      if (!fit) continue;
      const scores: Array<[string, number]> = [];
      for (const c of CRITERIA) {
        const n = asNumber(fit[c]);
        if (n !== undefined) scores.push([c, n]);
      }
      if (scores.length === 0) continue;
      const one = scores.find(([, n]) => n <= 1);
      if (one) {
        report({ target: ini, messageId: 'scoreOne', data: { id: ini.id, criterion: one[0] }, path: ['fit', one[0]] });
        continue;
      }
      const average = scores.reduce((sum, [, n]) => sum + n, 0) / scores.length;
      if (average < 3) {
        report({ target: ini, messageId: 'lowAverage', data: { id: ini.id, average: Math.floor(average * 10) / 10 }, path: ['fit'], at: 'key' });
      }
    }
  },
});
