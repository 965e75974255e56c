import type { Entity } from '../model/types.js';
import { asArray, asObject, asString } from './util.js';
import { defineRule } from './types.js';

/** Categories of tools that capture or act on leads and customers, so their data must reach the CRM. */
const LEAD_CATEGORIES: ReadonlySet<unknown> = new Set(['marketing-automation', 'scrm', 'ads', 'cdp', 'email']);

/**
 * For every tool, the tools its data flows into. An integration on A naming
 * B with `direction: to` (or `both`, the default) is A→B; `from` is B→A.
 * Built once from the tools' own integration lists.
 */
function flowGraph(tools: ReadonlyArray<Entity<'Tool'>>, isTool: (id: string) => boolean): Map<string, string[]> {
  const into = new Map<string, string[]>(); // reversed edges: B -> [A, …] for each A→B
  const add = (from: string, to: string) => {
    const l = into.get(to);
    if (l) l.push(from);
    else into.set(to, [from]);
  };
  for (const tool of tools) {
    for (const item of asArray(tool.data.integrations)) {
      const other = asString(asObject(item)?.tool);
      if (!other || !isTool(other)) continue;
      const direction = asObject(item)?.direction ?? 'both';
      if (direction === 'to' || direction === 'both') add(tool.id, other);
      if (direction === 'from' || direction === 'both') add(other, tool.id);
    }
  }
  return into;
}

/** A tool that captures leads but whose data never reaches the CRM leaves sales blind. */
export default defineRule({
  meta: {
    id: 'tool-not-connected-to-crm',
    severity: 'warn',
    category: 'tools',
    description: {
      en: 'Every marketing-automation, scrm, ads, cdp or email tool has an integration path to a `crm` tool.',
      ja: 'MA・SCRM・広告・CDP・メールのツールが、連携をたどって CRM（`category: crm`）のツールにつながっていること。',
    },
    practice: {
      en: 'Process layer (プロセス層): systems are integrated so data flows from lead capture to sales (Marketo → BDR → Salesforce); a lead that stays in the marketing tool never reaches the people who close the deal.',
      ja: 'プロセス層では、見込み客の獲得から営業までデータが流れるようにシステムを連携させます（Marketo → インサイドセールス → Salesforce）。マーケティングのツールに留まったリードは、商談をまとめる人に届きません。',
    },
    messages: {
      notConnected: {
        en: 'Tool `{{id}}` ({{category}}) has no integration path to a CRM tool ({{crms}}), so its leads and customer data do not reach sales.',
        ja: 'ツール `{{id}}`（{{category}}）から CRM のツール（{{crms}}）へ、連携をたどってデータが届く経路がありません。リードや顧客データが営業に渡りません。',
        hint: {
          en: 'Add an entry under `integrations:` to the CRM (`tool: <crm-id>`, `direction: to` or `both`), or to a tool that already sends data on to the CRM.',
          ja: '`integrations:` に CRM への連携（`tool: <CRMのid>`、`direction: to` または `both`）を追加するか、CRM にデータを渡しているツールへの連携を追加してください。',
        },
      },
      noCrm: {
        en: 'Tool `{{id}}` ({{category}}) cannot pass leads to sales: the tool inventory has no CRM tool.',
        ja: 'ツール `{{id}}`（{{category}}）のリードを営業に渡せません。ツール一覧に CRM のツールがありません。',
        hint: {
          en: 'Add the CRM your sales team works in as a tool with `category: crm`, and connect `{{id}}` to it under `integrations:`.',
          ja: '営業チームが使っている CRM を `category: crm` のツールとして追加し、`{{id}}` の `integrations:` で連携させてください。',
        },
      },
    },
  },
  check({ model, report }) {
    const tools = model.ofKind('Tool');
    const leadTools = tools.filter((t) => LEAD_CATEGORIES.has(t.data.category) && t.data.status !== 'retiring');
    if (leadTools.length === 0) return;
    const crms = tools.filter((t) => t.data.category === 'crm').map((t) => t.id);
    if (crms.length === 0) {
      for (const tool of leadTools) {
        report({ target: tool, messageId: 'noCrm', data: { id: tool.id, category: String(tool.data.category) } });
      }
      return;
    }
    // One breadth-first search backwards from every CRM at once: the tools reached are those whose data can flow into a CRM.
    const into = flowGraph(tools, (id) => model.getOf('Tool', id) !== undefined);
    const reaches = new Set<string>(crms);
    const queue = [...crms];
    for (let i = 0; i < queue.length; i++) {
      for (const from of into.get(queue[i]!) ?? []) {
        if (!reaches.has(from)) {
          reaches.add(from);
          queue.push(from);
        }
      }
    }
    for (const tool of leadTools) {
      if (reaches.has(tool.id)) continue;
      report({
        target: tool,
        messageId: 'notConnected',
        data: { id: tool.id, category: String(tool.data.category), crms: crms.join(', ') },
      });
    }
  },
});
