import type { Entity } from '../model/types.js';
import { asArray, normalizeName } from './util.js';
import { defineRule } from './types.js';

/** Where a capability was first listed by an active tool. */
interface Holder {
  tool: Entity<'Tool'>;
  /** Index in that tool's `capabilities`. */
  at: number;
  /** The capability as written there. */
  text: string;
}

/** The capabilities one tool shares with one earlier tool (the first to list them). */
interface Overlap {
  first: Holder;
  /** Index in this tool's `capabilities` of the first shared one. */
  at: number;
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
    // One finding per later tool and first holder, never per pair of tools: when
    // 30 tools list one capability that is 29 findings, each pointing at the first
    // holder, and the count grows with the plan, not with its square.
    const firstHolder = new Map<string, Holder>();
    for (const tool of model.ofKind('Tool')) {
      const status = tool.data.status;
      if (status !== undefined && status !== 'active') continue;
      const own = new Set<string>();
      const overlaps = new Map<Entity<'Tool'>, Overlap>();
      asArray(tool.data.capabilities).forEach((value, at) => {
        if (typeof value !== 'string') return;
        const capability = normalizeName(value);
        if (!capability || own.has(capability)) return; // listed twice in one tool: not an overlap between tools
        own.add(capability);
        const first = firstHolder.get(capability);
        if (!first) {
          firstHolder.set(capability, { tool, at, text: value.trim() });
          return;
        }
        const o = overlaps.get(first.tool);
        if (o) o.shared.push(value.trim());
        else overlaps.set(first.tool, { first, at, shared: [value.trim()] });
      });
      for (const o of overlaps.values()) {
        report({
          target: tool,
          messageId: 'overlap',
          path: ['capabilities', o.at],
          data: { id: tool.id, other: o.first.tool.id, capabilities: o.shared.map((c) => `\`${c}\``).join(', ') },
          related: [
            {
              target: o.first.tool,
              path: ['capabilities', o.first.at],
              messageId: 'overlapOther',
              data: { capability: o.first.text, id: o.first.tool.id },
            },
          ],
        });
      }
    }
  },
});
