import type { MessageText } from './types.js';

/**
 * Messages of the model's hardening (issue 13: one slip must not flood the
 * plan with findings elsewhere). Ids must not clash with core-messages.ts.
 */
export const CORE_MODEL_MESSAGES: Record<string, MessageText> = {
  'id-duplicate.related-again': {
    en: 'used again here',
    ja: 'ここでも使われています',
  },
  'period-reversed': {
    en: 'The plan period ends on {{end}}, before it starts on {{start}}.',
    ja: '計画期間の終了日（{{end}}）が開始日（{{start}}）より前になっています。',
  },
  'period-reversed.hint': {
    en: 'Swap the two dates if they were typed the wrong way round: `start` is the first day of the plan, `end` the last. Until they are in order, mplan does not compare other dates with the plan period.',
    ja: '逆に入力した場合は 2 つの日付を入れ替えてください。`start` は計画の初日、`end` は最終日です。順序が正しくなるまで、ほかの日付を計画期間と照らし合わせる確認は行いません。',
  },
  'roadmap-phase-reversed': {
    en: 'Roadmap phase `{{phase}}` ends on {{end}}, before it starts on {{start}}.',
    ja: 'ロードマップのフェーズ `{{phase}}` の終了日（{{end}}）が開始日（{{start}}）より前になっています。',
  },
  'roadmap-phase-reversed.hint': {
    en: 'Swap the phase\'s `start` and `end` if they were typed the wrong way round. Until they are in order, mplan does not check this phase against the plan period, the other phases or its initiatives.',
    ja: '逆に入力した場合はフェーズの `start` と `end` を入れ替えてください。順序が正しくなるまで、このフェーズと計画期間・ほかのフェーズ・施策との照合は行いません。',
  },
  'ref-unchecked': {
    en: 'References from other files to ids written here could not be checked, because this file has a YAML error ({{count}} in all; the first: `{{target}}` in {{from}}).',
    ja: 'このファイルに YAML の誤りがあるため、ここに書かれた id へのほかのファイルからの参照を確認できませんでした（計 {{count}} 件。最初の参照: {{from}} の `{{target}}`）。',
  },
  'ref-unchecked.hint': {
    en: 'Fix the YAML error in this file first: the next run checks those references again.',
    ja: 'まずこのファイルの YAML の誤りを直してください。次回の実行でそれらの参照をあらためて確認します。',
  },
  'ref-unchecked.related': {
    en: 'refers to `{{target}}`',
    ja: '`{{target}}` を参照しています',
  },
};
