import { defineRule } from './types.js';

/** A perpetual licence ties the team to one product long after a better means appears. */
export default defineRule({
  meta: {
    id: 'tool-perpetual-license',
    severity: 'info',
    category: 'tools',
    description: {
      en: 'Tools are licensed by subscription rather than perpetual licence, so they stay changeable.',
      ja: 'ツールは買い切り（永続ライセンス）ではなくサブスクリプションで契約し、入れ替えやすくしておくこと。',
    },
    practice: {
      en: 'Tools are means; one product never covers every means; prefer subscriptions over licences to stay changeable (手段と目的, サブスクリプション).',
      ja: 'ツールは手段であり、1 つの製品ですべての手段はまかなえません。変化に合わせて入れ替えられるよう、買い切りのライセンスよりサブスクリプションを選びます（手段と目的、サブスクリプション）。',
    },
    messages: {
      perpetual: {
        en: 'Tool `{{id}}` is bought on a perpetual licence, which makes it hard to replace when needs change.',
        ja: 'ツール `{{id}}` は買い切り（永続ライセンス）で契約されており、必要が変わったときに入れ替えにくくなります。',
        hint: {
          en: 'Check whether a subscription plan exists and switch at the next renewal; if the perpetual licence is deliberate, say why in `purpose` and suppress this finding with a reason.',
          ja: 'サブスクリプションのプランがあるか確認し、次の更新時に切り替えを検討してください。意図して買い切りにしている場合は、理由を `purpose` に書き、理由付きでこの指摘を抑制してください。',
        },
      },
    },
  },
  check({ model, report }) {
    for (const tool of model.ofKind('Tool')) {
      // A retiring tool is already being replaced: the licence no longer ties the team to it.
      if (tool.data.license === 'perpetual' && tool.data.status !== 'retiring') {
        report({ target: tool, messageId: 'perpetual', path: ['license'], data: { id: tool.id } });
      }
    }
  },
});
