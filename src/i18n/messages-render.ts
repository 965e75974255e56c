import type { MessageText } from './types.js';

/**
 * `mplan render` (src/render/): choosing the document, template errors (also reported by
 * lint), writing the output, HTML and PDF.
 * Keys are stable message ids (an error code is also the `rule` of its finding); a hint
 * ends in `.hint`, a short title (SARIF) in `.title`.
 */
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
  'render-document-rfp': {
    en: 'RFP',
    ja: '提案依頼書',
  },
  'render-document-journey': {
    en: 'journey',
    ja: 'カスタマージャーニー',
  },
  'render-missing-id.hint': {
    en: 'For example: `mplan render {{document}} <id> [dir]`. Ids in the plan: {{known}}.',
    ja: '例: `mplan render {{document}} <id> [フォルダ]`。計画にある id: {{known}}',
  },
  'render-template-not-found': {
    en: 'The template file {{file}} does not exist.',
    ja: 'テンプレートファイル {{file}} が見つかりません。',
  },
  'render-template-not-found.title': {
    en: 'A template file that does not exist',
    ja: '存在しないテンプレートファイル',
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
  'render-template-syntax.title': {
    en: 'A template syntax error',
    ja: 'テンプレートの書き方の誤り',
  },
  'render-template-missing-field': {
    en: 'The template asks for `{{field}}`, which the data of this document does not have.',
    ja: 'テンプレートが `{{field}}` を参照していますが、この文書のデータにその項目はありません。',
  },
  'render-template-missing-field.hint': {
    en: 'Check the spelling against the fields listed in docs/render.md; wrap optional parts in {{#if …}}.',
    ja: 'docs/render.md にある項目名と綴りを照らし合わせてください。値がない場合のある項目は {{#if …}} で囲みます。',
  },
  'render-template-missing-field.title': {
    en: 'A template using a field the plan does not fill',
    ja: '計画に値のない項目を使うテンプレート',
  },
  'render-template-unknown-field': {
    en: 'The template uses `{{field}}`, which is not in the data this template receives{{suggestion|guess}}.',
    ja: 'テンプレートで使われている `{{field}}` は、このテンプレートが受け取るデータにありません{{suggestion|guess}}。',
  },
  'render-template-unknown-field.hint': {
    en: 'Check the spelling: the fields this template can use are listed in docs/render.md.',
    ja: '綴りを確認してください。このテンプレートで使える項目は docs/render.md に一覧があります。',
  },
  'render-template-unknown-field.title': {
    en: 'A template using an unknown field',
    ja: '不明な項目を使うテンプレート',
  },
  'render-template-unknown-partial': {
    en: 'The template includes the partial `{{partial}}`, but there is no partials/{{partial}}.hbs.',
    ja: 'テンプレートがパーシャル `{{partial}}` を読み込んでいますが、partials/{{partial}}.hbs がありません。',
  },
  'render-template-unknown-partial.hint': {
    en: 'Check the name, or add templates/<locale>/partials/{{partial}}.hbs to the plan repo.',
    ja: '名前を確認するか、計画リポジトリに templates/<ロケール>/partials/{{partial}}.hbs を追加してください。',
  },
  'render-template-unknown-partial.title': {
    en: 'A template using an unknown partial',
    ja: '不明なパーシャルを使うテンプレート',
  },
  'render-template-unknown-helper': {
    en: 'The template calls the helper `{{helper}}`, which mplan does not have.',
    ja: 'テンプレートがヘルパー `{{helper}}` を呼び出していますが、mplan にそのヘルパーはありません。',
  },
  'render-template-unknown-helper.hint': {
    en: 'The helpers are listed in docs/render.md (ref, join, lines, fdate, num, money, measure, word, mmText, mmLabel, eq, or, inc, any, md).',
    ja: '使えるヘルパーは docs/render.md に一覧があります（ref、join、lines、fdate、num、money、measure、word、mmText、mmLabel、eq、or、inc、any、md）。',
  },
  'render-template-unknown-helper.title': {
    en: 'A template using an unknown helper',
    ja: '不明なヘルパーを使うテンプレート',
  },
  'render-template-failed': {
    en: 'The template failed while rendering: {{detail}}.',
    ja: 'テンプレートの出力中にエラーが発生しました: {{detail}}。',
  },
  'render-template-failed.title': {
    en: 'A template that failed while rendering',
    ja: '出力中に失敗したテンプレート',
  },
  'render-check-ok': {
    en: '{{count|plural:template}} checked: no problems found.',
    ja: '{{count}} 件のテンプレートを確認しました。問題は見つかりませんでした。',
  },
  'render-check-problems': {
    en: '{{count|plural:problem}} in {{templates|plural:template}} checked.',
    ja: '確認した {{templates}} 件のテンプレートに {{count}} 件の問題があります。',
  },
  'render-no-browser': {
    en: 'A PDF (and the diagrams of an HTML file) is drawn by Chrome or Chromium, and none was found{{tried}}.',
    ja: 'PDF（と HTML の図）は Chrome または Chromium で描画しますが、見つかりませんでした{{tried}}。',
  },
  'render-no-browser.hint': {
    en: 'Install Chromium (Debian/Ubuntu: `apt-get install chromium`; macOS: install Google Chrome) or tell mplan where it is: `MPLAN_BROWSER=/path/to/chrome`. Markdown needs no browser: `--format md`.',
    ja: 'Chromium をインストールするか（Debian/Ubuntu: `apt-get install chromium`、macOS: Google Chrome をインストール）、場所を指定してください: `MPLAN_BROWSER=/path/to/chrome`。Markdown ならブラウザは不要です: `--format md`。',
  },
  'render-browser-failed': {
    en: 'The browser at {{browser}} could not draw the document: {{detail}}.',
    ja: '{{browser}} のブラウザで文書を描画できませんでした: {{detail}}。',
  },
  'render-browser-failed.hint': {
    en: 'Check that this is a working Chrome or Chromium (run it with `--version`), or point `MPLAN_BROWSER` at another one.',
    ja: '動作する Chrome または Chromium か確認するか（`--version` を付けて実行）、`MPLAN_BROWSER` で別のブラウザを指定してください。',
  },
  'render-diagram-failed': {
    en: 'Diagram {{n}} of the document could not be drawn: {{detail}}.',
    ja: '文書の {{n}} 番目の図を描画できませんでした: {{detail}}。',
  },
  'render-diagram-failed.hint': {
    en: 'Check the diagram in the Markdown output (`--format md`); a template of your own must print plan text in diagrams through `mmText` or `mmLabel`.',
    ja: 'Markdown 出力（`--format md`）で図を確認してください。独自テンプレートでは、図の中の計画のテキストを `mmText` または `mmLabel` で出力してください。',
  },
  'render-pdf-needs-output': {
    en: 'A PDF cannot be printed to the terminal: give the file to write with `-o`, e.g. `-o rfp.pdf`.',
    ja: 'PDF は端末に出力できません。`-o` で書き出すファイルを指定してください（例: `-o rfp.pdf`）。',
  },
  'render-internal-rfp-only': {
    en: '`--internal` is for RFPs only (`mplan render rfp <rfp-id> --internal`); the {{document}} has no bidder version.',
    ja: '`--internal` は提案依頼書（RFP）専用です（`mplan render rfp <RFP の id> --internal`）。{{document}} には社外向けの版はありません。',
  },
  'render-no-japanese-font': {
    en: 'warning: no Japanese font is installed, so Japanese text in the {{format}} may show as boxes. Install one: Debian/Ubuntu `apt-get install fonts-noto-cjk`, Fedora `dnf install google-noto-sans-cjk-fonts`, macOS and Windows have one already.',
    ja: '警告: 日本語フォントがインストールされていないため、{{format}} の日本語が豆腐（□）になる可能性があります。インストールしてください: Debian/Ubuntu `apt-get install fonts-noto-cjk`、Fedora `dnf install google-noto-sans-cjk-fonts`（macOS と Windows には標準で入っています）。',
  },
  'render-template-unreadable': {
    en: 'This template cannot be used ({{reason|reason}}).',
    ja: 'このテンプレートは使えません（{{reason|reason}}）。',
  },
  'render-template-unreadable.hint': {
    en: 'A template must be an ordinary text file (.hbs) of at most 2 MB.',
    ja: 'テンプレートは 2 MB 以下の通常のテキストファイル（.hbs）にしてください。',
  },
  'render-template-unreadable.title': {
    en: 'A template file that cannot be read',
    ja: '読み込めないテンプレートファイル',
  },
  'render-template-outside': {
    en: 'This template is a link to a file outside the plan repository ({{target}}), so it was not used.',
    ja: 'このテンプレートは計画リポジトリの外のファイル（{{target}}）へのリンクのため、使いませんでした。',
  },
  'render-template-outside.hint': {
    en: 'Templates and partials are read only from the plan repository\'s templates/ folder: copy the file there instead of linking to it.',
    ja: 'テンプレートとパーシャルは計画リポジトリの templates/ フォルダからのみ読み込みます。リンクではなくファイルをコピーしてください。',
  },
  'render-template-outside.title': {
    en: 'A template outside the templates folder',
    ja: 'templates フォルダの外にあるテンプレート',
  },
  'render-output-too-large': {
    en: 'This template makes a document of more than {{max}} MB, so nothing was written.',
    ja: 'このテンプレートから作られる文書が {{max}} MB を超えるため、何も書き出しませんでした。',
  },
  'render-output-too-large.hint': {
    en: 'A loop probably repeats more than intended, for example an `{{#each}}` inside another `{{#each}}` over the same list. Check the loops of the template.',
    ja: 'ループが意図より多く繰り返されている可能性があります（同じ一覧に対する `{{#each}}` の中にさらに `{{#each}}` があるなど）。テンプレートのループを確認してください。',
  },
};
