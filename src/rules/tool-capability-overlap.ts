import type { Entity } from '../model/types.js';
import { asArray } from './util.js';
import { defineRule } from './types.js';

interface Overlap {
  first: Entity<'Tool'>;
  second: Entity<'Tool'>;
  /** Index in the second tool's `capabilities` of the first shared one. */
  at: number;
  /** Index in the first tool's `capabilities` of that capability. */
  firstAt: number;
  shared: string[];
}

/** Two tools paying for the same capability: one of them may be redundant, or their roles are unclear. */
export default defineRule({
  meta: {
    id: 'tool-capability-overlap',
    severity: 'info',
    category: 'tools',
    description: {
      en: 'No two active tools list the same capability.',
      ja: '稼働中の 2 つのツールが同じ機能（capabilities）を持っていないこと。',
    },
    practice: {
      en: 'Process layer (プロセス層): know which system does what, so data has one home; duplicated capabilities cost twice and split the customer record. One product never covers every means, but each means needs one clear tool.',
      ja: 'プロセス層では、どのシステムが何を担うかを明確にし、データの置き場所を 1 つにします。機能が重複すると費用が二重にかかり、顧客データも分散します。1 つの製品ですべての手段はまかなえませんが、手段ごとに担当するツールは 1 つに決めます。',
    },
    messages: {
      overlap: {
        en: 'Active tools `{{id}}` and `{{other}}` both provide {{capabilities}}.',
        ja: '稼働中のツール `{{id}}` と `{{other}}` が、同じ機能（{{capabilities}}）を持っています。',
        hint: {
          en: 'Decide which tool does this and remove the capability from the other, or retire one (`status: retiring`); if both are really needed, say why in their `purpose`.',
          ja: 'どちらのツールで行うかを決めて、もう一方の capabilities から外すか、一方を `status: retiring` にしてください。両方とも必要な場合は、それぞれの `purpose` に理由を書いてください。',
        },
      },
      overlapOther: {
        en: '`{{capability}}` is also provided by `{{id}}` here.',
        ja: '`{{capability}}` はここ（`{{id}}`）でも提供されています。',
      },
    },
  },
  check({ model, report }) {
    // capability -> the active tools listing it so far, each with its index in its own list
    const holders = new Map<string, Array<{ tool: Entity<'Tool'>; at: number }>>();
    const pairs = new Map<string, Overlap>();
    for (const tool of model.ofKind('Tool')) {
      const status = tool.data.status;
      if (status !== undefined && status !== 'active') continue;
      const own = new Set<string>();
      asArray(tool.data.capabilities).forEach((value, at) => {
        if (typeof value !== 'string' || !value.trim()) return;
        const capability = value.trim().toLowerCase();
        if (own.has(capability)) return; // listed twice in one tool: not an overlap between tools
        own.add(capability);
        const list = holders.get(capability) ?? [];
        for (const earlier of list) {
          const key = `${earlier.tool.id}\u0000${tool.id}`;
          const pair = pairs.get(key);
          if (pair) pair.shared.push(value.trim());
          else pairs.set(key, { first: earlier.tool, second: tool, at, firstAt: earlier.at, shared: [value.trim()] });
        }
        list.push({ tool, at });
        holders.set(capability, list);
      });
    }
    for (const p of pairs.values()) {
      report({
        target: p.second,
        messageId: 'overlap',
        path: ['capabilities', p.at],
        data: { id: p.second.id, other: p.first.id, capabilities: p.shared.map((c) => `\`${c}\``).join(', ') },
        related: [
          {
            target: p.first,
            path: ['capabilities', p.firstAt],
            messageId: 'overlapOther',
            data: { capability: p.shared[0]!, id: p.first.id },
          },
        ],
      });
    }
  },
});
