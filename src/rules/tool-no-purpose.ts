import { hasText } from './util.js';
import { defineRule } from './types.js';

/** A tool without a stated purpose cannot be judged: is it still the right means to an end? */
export default defineRule({
  meta: {
    id: 'tool-no-purpose',
    severity: 'info',
    category: 'tools',
    description: {
      en: 'Every tool states its `purpose`: the end it is a means to.',
      ja: 'すべてのツールに `purpose`（何のための手段か）が書かれていること。',
    },
    practice: {
      en: 'Tools and data are only means to the ideal customer experience (手段と目的, あるべきCX): write down which end each tool serves, so it can be replaced when a better means appears.',
      ja: 'ツールやデータは、あるべき顧客体験を実現するための手段にすぎません（手段と目的）。各ツールが何の目的に役立つのかを書いておけば、よりよい手段が出てきたときに入れ替えを判断できます。',
    },
    messages: {
      noPurpose: {
        en: 'Tool `{{id}}` has no `purpose`.',
        ja: 'ツール `{{id}}` に `purpose`（目的）が書かれていません。',
        hint: {
          en: 'Add `purpose:` saying in one sentence what the tool is for: which customer experience or team goal it serves.',
          ja: '`purpose:` に、このツールが何のためにあるのか（どの顧客体験やチームの目標に役立つのか）を 1 文で書いてください。',
        },
      },
    },
  },
  check({ model, report }) {
    for (const tool of model.ofKind('Tool')) {
      if (!hasText(tool.data.purpose)) report({ target: tool, messageId: 'noPurpose', data: { id: tool.id }, about: 'purpose' });
    }
  },
});
