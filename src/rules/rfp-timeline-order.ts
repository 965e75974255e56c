import { asDate, asObject } from './util.js';
import { defineRule } from './types.js';

/** The RFP milestones, in the order they must happen. */
const MILESTONES = ['issued', 'questions_due', 'proposals_due', 'decision', 'start'] as const;

/** An RFP whose dates are out of order cannot be run as written: bidders get contradictory deadlines. */
export default defineRule({
  meta: {
    id: 'rfp-timeline-order',
    severity: 'error',
    category: 'rfps',
    description: {
      en: 'An RFP\'s dates are in order: issued ≤ questions_due ≤ proposals_due ≤ decision ≤ start.',
      ja: '提案依頼書（RFP）の日程が、発行 ≤ 質問期限 ≤ 提案期限 ≤ 決定 ≤ 開始 の順になっていること。',
    },
    practice: {
      en: 'The marketer runs the project and writes the RFP (RFP策定): a clear schedule from issue to kick-off gives bidders time to ask questions and prepare, and the team time to decide.',
      ja: 'マーケターがプロジェクトを推進し、提案依頼書を作成します（RFP策定）。発行から開始までの日程を明確にすることで、応募企業は質問と準備の時間を、社内は選定の時間を確保できます。',
    },
    messages: {
      outOfOrder: {
        en: 'In RFP `{{id}}`, `{{field}}` ({{date}}) comes before `{{previous}}` ({{previousDate}}).',
        ja: '提案依頼書 `{{id}}` で、`{{field}}`（{{date}}）が `{{previous}}`（{{previousDate}}）より前になっています。',
        hint: {
          en: 'Dates under `timeline:` must follow the order issued → questions_due → proposals_due → decision → start; move `{{field}}` to {{previousDate}} or later, or correct `{{previous}}`.',
          ja: '`timeline:` の日付は issued（発行）→ questions_due（質問期限）→ proposals_due（提案期限）→ decision（決定）→ start（開始）の順にしてください。`{{field}}` を {{previousDate}} 以降にするか、`{{previous}}` を修正してください。',
        },
      },
      previousHere: {
        en: '`{{previous}}` is {{previousDate}} here.',
        ja: '`{{previous}}` はここで {{previousDate}} になっています。',
      },
    },
  },
  check({ model, report }) {
    for (const rfp of model.ofKind('RFP')) {
      const timeline = asObject(rfp.data.timeline);
      if (!timeline) continue;
      let previous: { field: string; date: string } | undefined;
      for (const field of MILESTONES) {
        const date = asDate(timeline[field]);
        if (!date) continue;
        if (previous && date < previous.date) {
          const data = { id: rfp.id, field, date, previous: previous.field, previousDate: previous.date };
          report({
            target: rfp,
            messageId: 'outOfOrder',
            path: ['timeline', field],
            data,
            related: [{ target: rfp, path: ['timeline', previous.field], messageId: 'previousHere', data }],
          });
          break; // the first out-of-order date; fixing it may fix the rest
        }
        previous = { field, date };
      }
    }
  },
});
