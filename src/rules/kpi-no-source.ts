import { defineRule } from './types.js';
import { hasText } from './util.js';

/** A KPI with no source tool is a number nobody knows how to read again next month. */
export default defineRule({
  meta: {
    id: 'kpi-no-source',
    severity: 'info',
    category: 'kpis',
    description: {
      en: 'Every KPI names the tool its number comes from.',
      ja: 'すべての KPI に数値の取得元ツール（source）が記録されていること。',
    },
    practice: {
      en: 'Process layer: systems are integrated so data flows; a KPI is only trustworthy when everyone reads it from the same tool (プロセス層).',
      ja: 'プロセス層ではシステムを連携させ、データが流れるようにします。KPI は全員が同じツールから読み取って初めて信頼できる数値になります。',
    },
    messages: {
      noSource: {
        en: 'KPI `{{id}}` does not say which tool its number comes from.',
        ja: 'KPI `{{id}}` の数値をどのツールから取得するかが記録されていません。',
        hint: {
          en: 'Add `source: <tool-id>` naming the tool in the inventory that reports this number (add the tool under tools/ if it is missing).',
          ja: 'この数値を出すツールを `source: <ツールid>` で指定してください（ツール一覧にない場合は tools/ に追加してください）。',
        },
      },
    },
  },
  check({ model, report }) {
    for (const kpi of model.ofKind('KPI')) {
      if (!hasText(kpi.data.source)) report({ target: kpi, messageId: 'noSource', data: { id: kpi.id }, about: 'source' });
    }
  },
});
