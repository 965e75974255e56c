import { defineRule } from './types.js';
import { asArray, asObject } from './util.js';

/** A stage with no touchpoint says what customers do but not where the brand meets them there. */
export default defineRule({
  meta: {
    id: 'stage-no-touchpoint',
    severity: 'warn',
    category: 'journeys',
    description: {
      en: 'Every journey stage lists at least one touchpoint.',
      ja: 'ジャーニーのすべてのステージに、少なくとも 1 つの顧客接点があること。',
    },
    practice: {
      en: 'A customer journey shows where brand and customer meet at each stage: the touchpoints (channel, tool, owner) are where initiatives act and KPIs are measured (カスタマージャーニー, 顧客接点).',
      ja: 'カスタマージャーニーは、各ステージでブランドとお客さまがどこで出会うかを示します。顧客接点（チャネル・ツール・担当）こそ、施策が働きかけ KPI を測る場所です。',
    },
    messages: {
      noTouchpoint: {
        en: 'Stage `{{stage}}` has no touchpoint: it does not say where customers meet the brand.',
        ja: 'ステージ `{{stage}}` に顧客接点がありません。お客さまがどこでブランドと接するのかが書かれていません。',
        hint: {
          en: 'Add `touchpoints:` with at least one `{ channel: <where>, tool: <tool-id>, owner: <role-id> }`.',
          ja: '`touchpoints:` に `{ channel: <チャネル>, tool: <ツールid>, owner: <役割id> }` を少なくとも 1 つ追加してください。',
        },
      },
    },
  },
  check({ model, report }) {
    for (const stage of model.stages) {
      if (!asArray(stage.data.touchpoints).some((t) => asObject(t) !== undefined)) {
        report({ target: stage, messageId: 'noTouchpoint', data: { stage: stage.key } });
      }
    }
  },
});
