import type { PlanModel } from '../model/model.js';
import type { ReferenceField } from '../model/refs.js';
import { defineRule } from './types.js';
import { forEachToolFlow, pushTo, reachable } from './util.js';

/** The places where a tool is put to use: a touchpoint, an initiative, or a KPI's data source. */
export const USE_FIELDS: ReadonlySet<ReferenceField> = new Set<ReferenceField>(['Journey.stages[].touchpoints[].tool', 'Initiative.tools[]', 'KPI.source']);

/** Tools still being decided on (`evaluating`) or on their way out (`retiring`) need no use yet. */
const NOT_EXPECTED_IN_USE: ReadonlySet<unknown> = new Set(['evaluating', 'retiring']);

/**
 * The ids of the active and planned tools in use: named by a touchpoint, an
 * initiative or a KPI, or receiving data from a tool in use (the CRM or the
 * warehouse the marketing tools feed), over any number of integrations. A
 * retiring or evaluating tool's data does not count. Also the plan health's
 * "tools in use", so the figure and this rule agree.
 */
export function toolsInUse(model: PlanModel): Set<string> {
  const outOf = new Map<string, string[]>();
  const feeding = model.ofKind('Tool').filter((t) => !NOT_EXPECTED_IN_USE.has(t.data.status));
  const isFeeding = (id: string) => {
    const t = model.getOf('Tool', id);
    return t !== undefined && !NOT_EXPECTED_IN_USE.has(t.data.status);
  };
  forEachToolFlow(feeding, (id) => model.getOf('Tool', id) !== undefined, (from, to) => {
    if (isFeeding(from)) pushTo(outOf, from, to);
  });
  return reachable(
    feeding.filter((t) => model.countReferencesTo(t, USE_FIELDS) > 0).map((t) => t.id),
    outOf,
  );
}

/** A tool nothing in the plan uses is a cost with no purpose in the customer journey. */
export default defineRule({
  meta: {
    id: 'tool-unused',
    severity: 'warn',
    category: 'tools',
    description: {
      en: 'Every active or planned tool is used by a touchpoint, an initiative or as a KPI source, or receives data from a tool that is.',
      ja: '稼働中・導入予定のツールが、顧客接点・施策・KPI のデータ元のいずれかで使われているか、使われているツールからデータを受け取っていること。',
    },
    practice: {
      en: 'Tools are means, not ends (手段と目的): each tool in the inventory should serve a touchpoint, an initiative or a measurement; otherwise it is cost without purpose.',
      ja: 'ツールは目的ではなく手段です（手段と目的）。ツール一覧の各ツールは、顧客接点・施策・計測のいずれかに役立っているべきで、そうでなければ目的のないコストです。',
    },
    messages: {
      unused: {
        en: 'Tool `{{id}}` is not used by any touchpoint, initiative or KPI, and no tool in use sends data to it.',
        ja: 'ツール `{{id}}` は、どの顧客接点・施策・KPI でも使われておらず、使われているツールからデータも受け取っていません。',
        hint: {
          en: 'Name it as `tool` of a stage touchpoint, under `tools:` of an initiative, or as `source` of a KPI, or list the integration through which a tool in use sends it data; if the team does not need it, set `status: retiring` or remove it.',
          ja: 'ステージの顧客接点の `tool`、施策の `tools:`、KPI の `source` のいずれかに指定するか、使われているツールからデータを受け取る連携（`integrations:`）を記載してください。不要なツールなら `status: retiring` にするか、削除してください。',
        },
      },
    },
  },
  check({ model, report }) {
    const used = toolsInUse(model);
    for (const tool of model.ofKind('Tool')) {
      if (NOT_EXPECTED_IN_USE.has(tool.data.status) || used.has(tool.id)) continue;
      report({ target: tool, messageId: 'unused', data: { id: tool.id } });
    }
  },
});
