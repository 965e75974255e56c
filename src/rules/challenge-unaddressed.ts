import { defineRule } from './types.js';

/** A challenge no initiative works on stays a known gap with nobody closing it. */
export default defineRule({
  meta: {
    id: 'challenge-unaddressed',
    severity: 'warn',
    category: 'goals',
    description: {
      en: 'Every challenge is addressed by at least one initiative.',
      ja: 'すべての課題に、取り組む施策が少なくとも 1 つあること。',
    },
    practice: {
      en: 'Initiatives follow from prioritised issues: each challenge (the gap between a goal and reality) needs at least one initiative that works on it, or it stays a known gap (問題と課題の整理).',
      ja: '施策は優先順位をつけた課題から導きます。課題（目標と現状のギャップ）ごとに取り組む施策が少なくとも 1 つ必要です。そうでなければ、わかっているギャップが放置されたままになります。',
    },
    messages: {
      unaddressed: {
        en: 'Challenge `{{id}}` is not addressed by any initiative.',
        ja: '課題 `{{id}}` に取り組む施策がありません。',
        hint: {
          en: 'List `{{id}}` under `challenges:` of the initiative that closes this gap, or add such an initiative; if the challenge is no longer relevant, remove it.',
          ja: 'このギャップを埋める施策の `challenges:` に `{{id}}` を加えるか、そのような施策を追加してください。課題がもう当てはまらない場合は削除してください。',
        },
      },
    },
  },
  check({ model, report }) {
    for (const challenge of model.ofKind('Challenge')) {
      if (model.countReferencesTo(challenge, 'Initiative.challenges[]') === 0) {
        report({ target: challenge, messageId: 'unaddressed', data: { id: challenge.id } });
      }
    }
  },
});
