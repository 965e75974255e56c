import { forEachToolFlow, pushTo, reachable } from './util.js';
import { defineRule } from './types.js';

/** Categories of tools that capture or act on leads and customers, so their data must reach the CRM. */
const LEAD_CATEGORIES: ReadonlySet<unknown> = new Set(['marketing-automation', 'scrm', 'ads', 'cdp', 'email']);

/** Tools still being decided on (`evaluating`) or on their way out (`retiring`): not checked, as in tool-unused. */
const NOT_CHECKED: ReadonlySet<unknown> = new Set(['evaluating', 'retiring']);

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
        en: 'The tool inventory has no CRM tool (`category: crm`), so the leads of {{count}} marketing tools, such as `{{first}}`, cannot reach sales.',
        ja: 'ツール一覧に CRM のツール（`category: crm`）がないため、`{{first}}` など {{count}} 個のマーケティングツールのリードを営業に渡せません。',
        hint: {
          en: 'Add the CRM your sales team works in as a tool with `category: crm`, and connect the marketing tools to it under `integrations:`.',
          ja: '営業チームが使っている CRM を `category: crm` のツールとして追加し、マーケティングツールの `integrations:` で連携させてください。',
        },
      },
      noStayingCrm: {
        en: 'Every CRM tool in the inventory ({{crms}}) is retiring, so the leads of {{count}} marketing tools, such as `{{first}}`, will have no way to reach sales.',
        ja: 'ツール一覧の CRM のツール（{{crms}}）はすべて廃止予定（retiring）のため、`{{first}}` など {{count}} 個のマーケティングツールのリードを営業に渡す経路がなくなります。',
        hint: {
          en: 'Add the CRM that replaces it as a tool with `category: crm` (`status: planned` until it is live), and connect the marketing tools to it under `integrations:`.',
          ja: '後継の CRM を `category: crm` のツールとして追加し（稼働までは `status: planned`）、マーケティングツールの `integrations:` で連携させてください。',
        },
      },
      firstTool: {
        en: '`{{id}}` ({{category}}) is one of them.',
        ja: '`{{id}}`（{{category}}）もその 1 つです。',
      },
    },
  },
  check({ model, report }) {
    const tools = model.ofKind('Tool');
    const leadTools = tools.filter((t) => LEAD_CATEGORIES.has(t.data.category) && !NOT_CHECKED.has(t.data.status));
    if (leadTools.length === 0) return;
    // A retiring tool carries no data for long: a path through it, or to a retiring CRM, does not count.
    const staying = tools.filter((t) => t.data.status !== 'retiring');
    const allCrms = tools.filter((t) => t.data.category === 'crm');
    const crms = allCrms.filter((t) => t.data.status !== 'retiring').map((t) => t.id);
    if (crms.length === 0) {
      // Nothing to connect to: one finding for the plan, not one per tool.
      const first = leadTools[0]!;
      const data = { count: leadTools.length, first: first.id, crms: allCrms.map((t) => t.id).join(', ') };
      const related = [{ target: first, path: ['category'], messageId: 'firstTool', data: { id: first.id, category: String(first.data.category) } }];
      report({ target: model.plan ?? first, messageId: allCrms.length ? 'noStayingCrm' : 'noCrm', data, related });
      return;
    }
    // Walk backwards from every CRM at once: the tools reached are those whose data can flow into a CRM.
    const into = new Map<string, string[]>();
    const isStaying = (id: string) => {
      const t = model.getOf('Tool', id);
      return t !== undefined && t.data.status !== 'retiring';
    };
    forEachToolFlow(staying, isStaying, (from, to) => pushTo(into, to, from));
    const reaches = reachable(crms, into);
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
