import { defineRule } from './types.js';

/** The places where a tool is put to use: a touchpoint, an initiative, or a KPI's data source. */
const USE_FIELDS: ReadonlySet<string> = new Set(['Journey.stages[].touchpoints[].tool', 'Initiative.tools[]', 'KPI.source']);

/** Tools still being decided on (`evaluating`) or on their way out (`retiring`) need no use yet. */
const NOT_EXPECTED_IN_USE: ReadonlySet<unknown> = new Set(['evaluating', 'retiring']);

/** A tool nothing in the plan uses is a cost with no purpose in the customer journey. */
export default defineRule({
  meta: {
    id: 'tool-unused',
    severity: 'warn',
    category: 'tools',
    description: {
      en: 'Every active or planned tool is used by a touchpoint, an initiative or as a KPI source.',
      ja: '稼働中・導入予定のツールが、顧客接点・施策・KPI のデータ元のいずれかで使われていること。',
    },
    practice: {
      en: 'Tools are means, not ends (手段と目的): each tool in the inventory should serve a touchpoint, an initiative or a measurement; otherwise it is cost without purpose.',
      ja: 'ツールは目的ではなく手段です（手段と目的）。ツール一覧の各ツールは、顧客接点・施策・計測のいずれかに役立っているべきで、そうでなければ目的のないコストです。',
    },
    messages: {
      unused: {
        en: 'Tool `{{id}}` is not used by any touchpoint, initiative or KPI.',
        ja: 'ツール `{{id}}` は、どの顧客接点・施策・KPI でも使われていません。',
        hint: {
          en: 'Name it as `tool` of a stage touchpoint, under `tools:` of an initiative, or as `source` of a KPI; if the team does not need it, set `status: retiring` or remove it.',
          ja: 'ステージの顧客接点の `tool`、施策の `tools:`、KPI の `source` のいずれかに指定してください。不要なツールなら `status: retiring` にするか、削除してください。',
        },
      },
    },
  },
  check({ model, report }) {
    for (const tool of model.ofKind('Tool')) {
      if (NOT_EXPECTED_IN_USE.has(tool.data.status)) continue;
      if (model.referrerCount(tool, USE_FIELDS) > 0) continue;
      report({ target: tool, messageId: 'unused', data: { id: tool.id } });
    }
  },
});
