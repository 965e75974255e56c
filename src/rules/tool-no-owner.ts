import { hasText } from './util.js';
import { defineRule } from './types.js';

/** A tool nobody owns is configured by nobody, renewed by accident and audited by no one. */
export default defineRule({
  meta: {
    id: 'tool-no-owner',
    severity: 'warn',
    category: 'tools',
    description: {
      en: 'Every tool has an `owner` role.',
      ja: 'すべてのツールにオーナー（`owner`）の役割が指定されていること。',
    },
    practice: {
      en: 'Clear responsibility (責任者の明確化): every system in the process layer has one role that runs it, keeps its data clean and decides on its renewal.',
      ja: '責任者を明確にします（責任者の明確化）。プロセス層の各システムには、運用・データ品質・契約更新の判断を担う役割を 1 つ決めておきます。',
    },
    messages: {
      noOwner: {
        en: 'Tool `{{id}}` has no `owner`.',
        ja: 'ツール `{{id}}` にオーナー（`owner`）が指定されていません。',
        hint: {
          en: 'Add `owner: <role-id>` naming the role that administers the tool and decides on its contract.',
          ja: 'ツールを管理し、契約を判断する役割を `owner: <役割id>` で指定してください。',
        },
      },
    },
  },
  check({ model, report }) {
    for (const tool of model.ofKind('Tool')) {
      if (!hasText(tool.data.owner)) report({ target: tool, messageId: 'noOwner', data: { id: tool.id }, about: 'owner' });
    }
  },
});
