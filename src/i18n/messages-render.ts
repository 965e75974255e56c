import type { MessageText } from './types.js';

/** Messages of the render commands (ids must not clash with core-messages.ts). */
export const RENDER_MESSAGES: Record<string, MessageText> = {
  'render-unknown-rfp': {
    en: 'There is no RFP with the id `{{id}}` in this plan (RFPs in the plan: {{known}}).',
    ja: 'この計画に id が `{{id}}` の提案依頼書（RFP）はありません（計画にある RFP: {{known}}）。',
  },
  'render-unknown-rfp.hint': {
    en: 'Give the `id` written in the RFP file, e.g. `mplan render rfp <rfp-id>`.',
    ja: 'RFP のファイルに書かれている `id` を指定してください（例: `mplan render rfp <RFP の id>`）。',
  },
  'render-unknown-rfp-suggest': {
    en: 'There is no RFP with the id `{{id}}` in this plan. Did you mean `{{suggestion}}`?',
    ja: 'この計画に id が `{{id}}` の提案依頼書（RFP）はありません。`{{suggestion}}` のことですか？',
  },
  'render-unknown-rfp-suggest.hint': {
    en: 'RFPs in the plan: {{known}}.',
    ja: '計画にある RFP: {{known}}',
  },
  'render-unknown-journey': {
    en: 'There is no customer journey with the id `{{id}}` in this plan (journeys in the plan: {{known}}).',
    ja: 'この計画に id が `{{id}}` のカスタマージャーニーはありません（計画にあるジャーニー: {{known}}）。',
  },
  'render-unknown-journey.hint': {
    en: 'Give the `id` written in the journey file, e.g. `mplan render journey <journey-id>`.',
    ja: 'ジャーニーのファイルに書かれている `id` を指定してください（例: `mplan render journey <ジャーニーの id>`）。',
  },
  'render-unknown-journey-suggest': {
    en: 'There is no customer journey with the id `{{id}}` in this plan. Did you mean `{{suggestion}}`?',
    ja: 'この計画に id が `{{id}}` のカスタマージャーニーはありません。`{{suggestion}}` のことですか？',
  },
  'render-unknown-journey-suggest.hint': {
    en: 'Journeys in the plan: {{known}}.',
    ja: '計画にあるジャーニー: {{known}}',
  },
  'render-unknown-document': {
    en: '`{{document}}` is not a document mplan can render{{suggestion|guess}}; use report, rfp, journey or kpis.',
    ja: '`{{document}}` は出力できる文書ではありません{{suggestion|guess}}。report、rfp、journey、kpis のいずれかを指定してください。',
  },
  'render-unknown-document.hint': {
    en: 'For example: `mplan render report -o plan.md` or `mplan render rfp <rfp-id>`.',
    ja: '例: `mplan render report -o plan.md`、`mplan render rfp <RFP の id>`',
  },
  'render-missing-id': {
    en: '`mplan render {{document}}` needs the id of the {{what}} to render.',
    ja: '`mplan render {{document}}` には、出力する{{what}}の id を指定してください。',
  },
  'render-missing-id.hint': {
    en: 'For example: `mplan render {{document}} <id> [dir]`. Ids in the plan: {{known}}.',
    ja: '例: `mplan render {{document}} <id> [フォルダ]`。計画にある id: {{known}}',
  },
  'render-template-not-found': {
    en: 'The template file {{file}} does not exist.',
    ja: 'テンプレートファイル {{file}} が見つかりません。',
  },
  'render-refused': {
    en: 'Nothing was rendered: this document is affected by {{count|plural:error}} in the plan (listed above).',
    ja: '文書は出力していません。この文書に関わるエラーが計画に {{count}} 件あります（上記のとおり）。',
  },
  'render-refused.hint': {
    en: 'Fix them and render again, or add --force to render anyway with the gaps marked ⚠ in the document.',
    ja: 'エラーを修正してから再度出力してください。抜けを ⚠ で示したまま出力する場合は --force を付けてください。',
  },
  'render-written': {
    en: 'Wrote {{file}}.',
    ja: '{{file}} に書き出しました。',
  },
  'render-template-syntax': {
    en: 'This template cannot be read: {{detail}}.',
    ja: 'このテンプレートは書き方に誤りがあり、読み込めません: {{detail}}。',
  },
  'render-template-syntax.hint': {
    en: 'Check that every {{#if}}, {{#each}} and {{#with}} is closed and that braces come in pairs.',
    ja: '{{#if}}・{{#each}}・{{#with}} がすべて閉じられているか、波かっこが対になっているかを確認してください。',
  },
  'render-template-missing-field': {
    en: 'The template asks for `{{field}}`, which the data of this document does not have.',
    ja: 'テンプレートが `{{field}}` を参照していますが、この文書のデータにその項目はありません。',
  },
  'render-template-missing-field.hint': {
    en: 'Check the spelling against the fields listed in docs/render.md; wrap optional parts in {{#if …}}.',
    ja: 'docs/render.md にある項目名と綴りを照らし合わせてください。値がない場合のある項目は {{#if …}} で囲みます。',
  },
  'render-template-unknown-field': {
    en: 'The template uses `{{field}}`, which is not in the data this template receives{{suggestion|guess}}.',
    ja: 'テンプレートで使われている `{{field}}` は、このテンプレートが受け取るデータにありません{{suggestion|guess}}。',
  },
  'render-template-unknown-field.hint': {
    en: 'Check the spelling: the fields this template can use are listed in docs/render.md.',
    ja: '綴りを確認してください。このテンプレートで使える項目は docs/render.md に一覧があります。',
  },
  'render-template-unknown-partial': {
    en: 'The template includes the partial `{{partial}}`, but there is no partials/{{partial}}.hbs.',
    ja: 'テンプレートがパーシャル `{{partial}}` を読み込んでいますが、partials/{{partial}}.hbs がありません。',
  },
  'render-template-unknown-partial.hint': {
    en: 'Check the name, or add templates/<locale>/partials/{{partial}}.hbs to the plan repo.',
    ja: '名前を確認するか、計画リポジトリに templates/<ロケール>/partials/{{partial}}.hbs を追加してください。',
  },
  'render-template-unknown-helper': {
    en: 'The template calls the helper `{{helper}}`, which mplan does not have.',
    ja: 'テンプレートがヘルパー `{{helper}}` を呼び出していますが、mplan にそのヘルパーはありません。',
  },
  'render-template-unknown-helper.hint': {
    en: 'The helpers are listed in docs/render.md (ref, join, lines, fdate, num, money, measure, word, mmText, mmLabel, eq, or, inc, any, md).',
    ja: '使えるヘルパーは docs/render.md に一覧があります（ref、join、lines、fdate、num、money、measure、word、mmText、mmLabel、eq、or、inc、any、md）。',
  },
  'render-template-failed': {
    en: 'The template failed while rendering: {{detail}}.',
    ja: 'テンプレートの出力中にエラーが発生しました: {{detail}}。',
  },
  'render-check-ok': {
    en: '{{count|plural:template}} checked: no problems found.',
    ja: '{{count}} 件のテンプレートを確認しました。問題は見つかりませんでした。',
  },
  'render-check-problems': {
    en: '{{count|plural:problem}} in {{templates|plural:template}} checked.',
    ja: '確認した {{templates}} 件のテンプレートに {{count}} 件の問題があります。',
  },
};
