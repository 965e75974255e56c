import type { MessageText } from './types.js';

/**
 * Every message mplan itself (not a lint rule) can print: file and YAML
 * problems, schema and reference errors, configuration and usage errors.
 * Keys are the stable message ids (also the `rule` code of the diagnostic);
 * `docs/errors.md` lists them. Hints end in `.hint` or start with `hint-`.
 */
export const CORE_MESSAGES = {
  // ── files ────────────────────────────────────────────────────────────
  'file-unreadable': {
    en: 'mplan cannot read this file ({{reason|reason}}).',
    ja: 'このファイルを読み込めません（{{reason|reason}}）。',
  },
  'file-unreadable.hint': {
    en: 'Check that the file exists and that you may read it, or add it to `lint.ignore` in mplan.yaml.',
    ja: 'ファイルが存在し、読み取り権限があるか確認してください。対象外にする場合は mplan.yaml の `lint.ignore` に追加してください。',
  },
  'file-binary': {
    en: 'This file is not text: it contains binary data.',
    ja: 'このファイルはテキストではありません（バイナリデータを含んでいます）。',
  },
  'file-binary.hint': {
    en: 'Move it out of the plan folder, or add it to `lint.ignore` in mplan.yaml.',
    ja: '計画フォルダの外へ移動するか、mplan.yaml の `lint.ignore` に追加してください。',
  },
  'file-not-utf8': {
    en: 'This file is not UTF-8 text (the first invalid byte is on this line).',
    ja: 'このファイルは UTF-8 のテキストではありません（この行に不正なバイトがあります）。',
  },
  'file-not-utf8.hint': {
    en: 'Save the file with UTF-8 encoding in your editor.',
    ja: 'エディタで文字コードを UTF-8 にして保存し直してください。',
  },
  'file-too-large': {
    en: 'This file is {{size}} MB; mplan reads plan files of at most {{max}} MB.',
    ja: 'このファイルは {{size}} MB あります。mplan が読み込めるのは {{max}} MB までです。',
  },
  'file-too-large.hint': {
    en: 'Split it into several smaller files (one folder per kind is the convention).',
    ja: '複数の小さなファイルに分けてください（種類ごとにフォルダを分けるのが慣例です）。',
  },
  'line-too-long': {
    en: 'This line is {{length}} characters long; mplan reads lines of at most {{max}} characters.',
    ja: 'この行は {{length}} 文字あります。mplan が読み込める 1 行の長さは {{max}} 文字までです。',
  },
  'line-too-long.hint': {
    en: 'Break the text over several lines with a YAML block (`|` or `>`).',
    ja: 'YAML のブロック記法（`|` や `>`）で複数行に分けてください。',
  },
  'file-empty': {
    en: 'This file contains no plan document.',
    ja: 'このファイルには計画のドキュメントがありません。',
  },
  'file-empty.hint': {
    en: 'Add a document starting with `kind:` and `id:`, or delete the file.',
    ja: '`kind:` と `id:` で始まるドキュメントを書くか、ファイルを削除してください。',
  },
  'symlink-loop': {
    en: 'This symbolic link leads back into a folder that is already being read (a loop), so it was skipped.',
    ja: 'このシンボリックリンクは読み込み中のフォルダに戻っています（ループ）。読み飛ばしました。',
  },
  'symlink-loop.hint': {
    en: 'Remove the link, or add it to `lint.ignore` in mplan.yaml.',
    ja: 'リンクを削除するか、mplan.yaml の `lint.ignore` に追加してください。',
  },

  // ── YAML ─────────────────────────────────────────────────────────────
  'yaml-syntax': {
    en: 'This is not valid YAML: {{detail}}.',
    ja: 'YAML の書き方に誤りがあります: {{detail}}。',
  },
  'yaml-syntax.hint': {
    en: 'Check the indentation, colons and quotes on this line and the one before it.',
    ja: 'この行と前の行のインデント、コロン、引用符を確認してください。',
  },
  'yaml-unclosed-quote': {
    en: 'A quoted text starts here but never ends: the closing {{quote}} is missing.',
    ja: 'ここから始まる引用符付きのテキストが閉じられていません（閉じる {{quote}} がありません）。',
  },
  'yaml-unclosed-quote.hint': {
    en: 'Add the closing {{quote}} at the end of the text, or remove the opening one.',
    ja: 'テキストの終わりに閉じる {{quote}} を追加するか、開始の引用符を削除してください。',
  },
  'yaml-missing-colon': {
    en: 'This line is neither a `field: value` line nor a list item (`- …`).',
    ja: 'この行は `項目: 値` の形にもリストの項目（`- …`）にもなっていません。',
  },
  'yaml-missing-colon.hint': {
    en: 'Put a colon and a space after the field name (`name: Spring campaign`), or check the indentation of the lines above.',
    ja: '項目名の後にコロンとスペースを入れてください（`name: 春のキャンペーン`）。または上の行のインデントを確認してください。',
  },
  'yaml-bad-indent': {
    en: 'The indentation of this line does not fit the lines around it.',
    ja: 'この行のインデントが前後の行と合っていません。',
  },
  'yaml-bad-indent.hint': {
    en: 'Indent fields of the same block to the same column with spaces, start list items with `- `, and close every `[` or `{` you open.',
    ja: '同じブロックの項目はスペースで同じ位置にそろえ、リストの項目は `- ` で始め、開いた `[` や `{` は必ず閉じてください。',
  },
  'yaml-reserved-char': {
    en: 'A value cannot start with `{{char}}` unless it is in quotes.',
    ja: '`{{char}}` で始まる値は引用符で囲む必要があります。',
  },
  'yaml-reserved-char.hint': {
    en: 'Put the whole value in double quotes, e.g. `name: "{{char}}…"`.',
    ja: '値全体をダブルクォートで囲んでください（例: `name: "{{char}}…"`）。',
  },
  'yaml-colon-in-value': {
    en: 'This value contains a colon followed by a space (`: `), which YAML reads as the start of another field.',
    ja: 'この値にはコロンとスペース（`: `）が含まれており、YAML は別の項目の始まりとして読んでしまいます。',
  },
  'yaml-colon-in-value.hint': {
    en: 'Put the whole value in quotes: `name: "Time: 10am"`.',
    ja: '値全体を引用符で囲んでください（例: `name: "時間: 10時"`）。',
  },
  'yaml-duplicate-key': {
    en: 'The key `{{key}}` appears twice in the same block.',
    ja: 'キー `{{key}}` が同じブロックに 2 回書かれています。',
  },
  'yaml-duplicate-key.hint': {
    en: 'Keep one of them: the second one would silently replace the first.',
    ja: 'どちらか一方を残してください（2 つ目が 1 つ目を黙って上書きしてしまいます）。',
  },
  'yaml-tab': {
    en: 'A tab is used for indentation; YAML only allows spaces.',
    ja: 'インデントにタブが使われています。YAML ではスペースしか使えません。',
  },
  'yaml-tab.hint': {
    en: 'Replace the tab with spaces (most editors can convert indentation to spaces).',
    ja: 'タブをスペースに置き換えてください（多くのエディタでインデントをスペースに変換できます）。',
  },
  'yaml-unknown-tag': {
    en: 'Unknown YAML tag `{{tag}}`: plan files hold only text, numbers, true/false, lists and maps.',
    ja: '不明な YAML タグ `{{tag}}` があります。計画ファイルに書けるのはテキスト、数値、true/false、リスト、マップだけです。',
  },
  'yaml-unknown-tag.hint': {
    en: 'Remove the tag (the `!…` part); nothing in it is ever executed.',
    ja: 'タグ（`!…` の部分）を削除してください（タグの内容が実行されることはありません）。',
  },
  'yaml-alias-bomb': {
    en: 'This document repeats aliases (`*name`) so often that reading it could exhaust memory; mplan stopped reading it.',
    ja: 'このドキュメントはエイリアス（`*名前`）を大量に展開するため、メモリを使い果たすおそれがあります。読み込みを中止しました。',
  },
  'yaml-alias-bomb.hint': {
    en: 'Write the values out instead of using anchors (`&name`) and aliases (`*name`).',
    ja: 'アンカー（`&名前`）とエイリアス（`*名前`）を使わずに値を直接書いてください。',
  },
  'yaml-too-deep': {
    en: 'This document is nested more than {{max}} levels deep; mplan stopped reading it.',
    ja: 'このドキュメントは入れ子が {{max}} 段を超えています。読み込みを中止しました。',
  },
  'yaml-too-deep.hint': {
    en: 'Plan documents need only a few levels: check for unbalanced brackets.',
    ja: '計画のドキュメントに深い入れ子は不要です。括弧の対応を確認してください。',
  },

  // ── documents ────────────────────────────────────────────────────────
  'doc-not-map': {
    en: 'A plan document must be a block of `key: value` lines, but this is {{found|types}}.',
    ja: '計画のドキュメントは `キー: 値` の形の行で書く必要がありますが、ここは{{found|types}}になっています。',
  },
  'doc-not-map.hint': {
    en: 'Start the document with `kind:` and `id:` lines, e.g. `kind: Goal` and `id: grow-repeat-buyers`.',
    ja: '`kind:` と `id:` の行から書き始めてください（例: `kind: Goal`、`id: grow-repeat-buyers`）。',
  },
  'kind-missing': {
    en: 'This document does not say what it is: it has no `kind:`.',
    ja: 'このドキュメントには `kind:`（種類）がありません。',
  },
  'kind-missing.hint': {
    en: 'Add `kind:` with one of {{kinds}}.',
    ja: '`kind:` に {{kinds}} のいずれかを書いてください。',
  },
  'kind-unknown': {
    en: '`{{kind}}` is not a kind mplan knows.',
    ja: '`{{kind}}` という種類はありません。',
  },
  'id-missing': {
    en: 'This {{kind}} has no `id:`.',
    ja: 'この{{kind|kind}}には `id:` がありません。',
  },
  'id-missing.hint': {
    en: 'Add a short id in lower-case kebab case, e.g. `id: {{example}}`; other files refer to it by this id.',
    ja: '小文字のケバブケースで短い id を付けてください（例: `id: {{example}}`）。他のファイルはこの id で参照します。',
  },
  'id-invalid': {
    en: 'The id `{{id}}` is not lower-case kebab case.',
    ja: 'id `{{id}}` が小文字のケバブケースになっていません。',
  },
  'id-invalid.hint': {
    en: 'Use only a-z, 0-9 and hyphens, starting with a letter or digit, e.g. `{{suggestion}}`.',
    ja: '半角英小文字・数字・ハイフンだけを使い、英字か数字で始めてください（例: `{{suggestion}}`）。',
  },
  'id-duplicate': {
    en: 'The id `{{id}}` is used twice: this {{kind}} and the {{otherKind}} at {{otherFile}}:{{otherLine}}.',
    ja: 'id `{{id}}` が 2 か所で使われています。この{{kind|kind}} と、{{otherFile}}:{{otherLine}} の{{otherKind|kind}} です。',
  },
  'id-duplicate.hint': {
    en: 'Ids must be unique across the whole plan: rename one of them and update its references.',
    ja: 'id は計画全体で一意にする必要があります。どちらかの名前を変え、参照も直してください。',
  },
  'id-duplicate.related': {
    en: 'first defined here',
    ja: '最初の定義',
  },
  'stage-id-duplicate': {
    en: 'Journey `{{journey}}` has two stages with the id `{{id}}`.',
    ja: 'カスタマージャーニー `{{journey}}` に id が `{{id}}` のステージが 2 つあります。',
  },
  'stage-id-duplicate.hint': {
    en: 'Give each stage of a journey its own id; KPIs and initiatives refer to stages as `{{journey}}/<stage-id>`.',
    ja: 'ステージごとに別の id を付けてください。KPI や施策はステージを `{{journey}}/<ステージid>` で参照します。',
  },
  'plan-missing': {
    en: 'mplan.yaml must describe the plan itself (`kind: Plan`), but no Plan document was found.',
    ja: 'mplan.yaml には計画そのもの（`kind: Plan`）を書く必要がありますが、Plan のドキュメントが見つかりません。',
  },
  'plan-missing.hint': {
    en: 'Add `kind: Plan`, `id`, `name` and `version: 1` to mplan.yaml.',
    ja: 'mplan.yaml に `kind: Plan`、`id`、`name`、`version: 1` を書いてください。',
  },
  'plan-duplicate': {
    en: 'A plan has exactly one `kind: Plan` document; another one is at {{otherFile}}:{{otherLine}}.',
    ja: '`kind: Plan` のドキュメントは 1 つだけにしてください（{{otherFile}}:{{otherLine}} にもあります）。',
  },
  'plan-duplicate.hint': {
    en: 'Keep the Plan in mplan.yaml and remove the other one.',
    ja: 'Plan は mplan.yaml に残し、もう一方を削除してください。',
  },

  // ── schema ───────────────────────────────────────────────────────────
  'schema-unknown-key': {
    en: '`{{key}}` is not a field of {{where|where}}.',
    ja: '`{{key}}` は{{where|where}} の項目ではありません。',
  },
  'schema-required': {
    en: '{{where|where}} is missing `{{field}}`, which is required.',
    ja: '{{where|where}} に必須の項目 `{{field}}` がありません。',
  },
  'schema-required.hint': {
    en: 'Add `{{field}}:` — {{description}}',
    ja: '`{{field}}:` を追加してください。{{description}}',
  },
  'schema-enum': {
    en: '`{{field}}` cannot be `{{value}}`: it must be one of {{allowed}}.',
    ja: '`{{field}}` に `{{value}}` は使えません。{{allowed}} のいずれかにしてください。',
  },
  'schema-const': {
    en: '`{{field}}` must be `{{expected}}`, not `{{value}}`.',
    ja: '`{{field}}` は `{{expected}}` にしてください（現在は `{{value}}`）。',
  },
  'schema-type': {
    en: '`{{field}}` must be {{expected|types}}, but here it is {{found|types}}.',
    ja: '`{{field}}` は{{expected|types}}で書いてください（現在は{{found|types}}です）。',
  },
  'schema-format-date': {
    en: '`{{field}}` must be a date written YYYY-MM-DD, not `{{value}}`.',
    ja: '`{{field}}` は YYYY-MM-DD 形式の日付で書いてください（現在は `{{value}}`）。',
  },
  'schema-format-date.hint': {
    en: 'For example `2027-04-01`.',
    ja: '例: `2027-04-01`',
  },
  'schema-format-currency': {
    en: '`{{value}}` is not a currency code.',
    ja: '`{{value}}` は通貨コードではありません。',
  },
  'schema-format-currency.hint': {
    en: 'Use a three-letter ISO 4217 code such as JPY, USD or EUR.',
    ja: 'JPY、USD、EUR のような ISO 4217 の 3 文字の通貨コードを使ってください。',
  },
  'schema-format': {
    en: '`{{field}}` must be {{format}}, not `{{value}}`.',
    ja: '`{{field}}` は{{format}}で書いてください（現在は `{{value}}`）。',
  },
  'schema-pattern': {
    en: '`{{value}}` is not a valid value for `{{field}}`: {{description}}',
    ja: '`{{value}}` は `{{field}}` の値として正しくありません。{{description}}',
  },
  'schema-minimum': {
    en: '`{{field}}` must be at least {{limit}}, not {{value}}.',
    ja: '`{{field}}` は {{limit}} 以上にしてください（現在は {{value}}）。',
  },
  'schema-maximum': {
    en: '`{{field}}` must be at most {{limit}}, not {{value}}.',
    ja: '`{{field}}` は {{limit}} 以下にしてください（現在は {{value}}）。',
  },
  'schema-empty': {
    en: '`{{field}}` is empty.',
    ja: '`{{field}}` が空です。',
  },
  'schema-min-items': {
    en: '`{{field}}` must list at least {{limit|plural:item}}.',
    ja: '`{{field}}` には少なくとも {{limit}} 件書いてください。',
  },
  'schema-other': {
    en: '`{{field}}` is not valid: {{detail}}.',
    ja: '`{{field}}` の値が正しくありません: {{detail}}。',
  },

  // ── references ───────────────────────────────────────────────────────
  'ref-unresolved': {
    en: '`{{field}}` refers to `{{target}}`, but the plan has no {{expected|kind}} with that id.',
    ja: '`{{field}}` が `{{target}}` を参照していますが、その id の{{expected|kind}}は計画にありません。',
  },
  'ref-unresolved.hint': {
    en: 'Check the spelling, or add the {{expected|kind}} it should point at.',
    ja: '綴りを確認するか、参照先の{{expected|kind}}を追加してください。',
  },
  'ref-stage-unresolved': {
    en: '`{{field}}` refers to stage `{{target}}`, but journey `{{journey}}` has no stage `{{stage}}`.',
    ja: '`{{field}}` がステージ `{{target}}` を参照していますが、カスタマージャーニー `{{journey}}` にステージ `{{stage}}` はありません。',
  },
  'ref-stage-unresolved.hint': {
    en: 'Its stages are: {{stages}}.',
    ja: 'このジャーニーのステージ: {{stages}}',
  },
  'ref-wrong-kind': {
    en: '`{{field}}` must refer to a {{expected|kind}}, but `{{target}}` is a {{found|kind}}.',
    ja: '`{{field}}` は{{expected|kind}}を参照する必要がありますが、`{{target}}` は{{found|kind}}です。',
  },
  'ref-wrong-kind.hint': {
    en: 'Point it at a {{expected|kind}} id instead.',
    ja: '{{expected|kind}}の id を指定してください。',
  },
  'ref-wrong-kind.related': {
    en: '`{{target}}` is defined here',
    ja: '`{{target}}` の定義',
  },

  // ── configuration and suppressions ───────────────────────────────────
  'config-unknown-rule': {
    en: '`{{rule}}` is not an mplan rule.',
    ja: '`{{rule}}` という mplan のルールはありません。',
  },
  'config-unknown-rule.hint': {
    en: 'Run `mplan rules` to see every rule id.',
    ja: '`mplan rules` でルールの一覧を確認できます。',
  },
  'config-bad-option': {
    en: 'Options for rule `{{rule}}` are not valid: {{detail}}.',
    ja: 'ルール `{{rule}}` のオプションが正しくありません: {{detail}}。',
  },
  'suppression-unused': {
    en: 'This `{{directive}}` comment for `{{rule}}` suppresses nothing.',
    ja: 'この `{{directive}}` コメント（`{{rule}}`）で抑止される指摘はありません。',
  },
  'suppression-unused.hint': {
    en: 'Remove the comment: the finding it was for is gone.',
    ja: '対象の指摘はもうないので、コメントを削除してください。',
  },
  'suppression-unknown-rule': {
    en: '`{{rule}}` in this `{{directive}}` comment is not an mplan rule.',
    ja: 'この `{{directive}}` コメントの `{{rule}}` は mplan のルールではありません。',
  },
  'suppression-no-reason': {
    en: 'This `{{directive}}` comment gives no reason.',
    ja: 'この `{{directive}}` コメントには理由が書かれていません。',
  },
  'suppression-no-reason.hint': {
    en: 'Say why after ` -- `, e.g. `# {{directive}} {{rule}} -- agreed with the CMO to decide in Q2`.',
    ja: '` -- ` の後に理由を書いてください（例: `# {{directive}} {{rule}} -- 第2四半期にCMOと決定予定`）。',
  },
  'rule-crashed': {
    en: 'Rule `{{rule}}` failed on this plan ({{detail}}); the other rules still ran.',
    ja: 'ルール `{{rule}}` の実行中にエラーが起きました（{{detail}}）。他のルールは実行されています。',
  },
  'rule-crashed.hint': {
    en: 'Please report this, with the plan file if you can; run with --debug to see the stack trace.',
    ja: '可能であれば計画ファイルを添えて報告してください。--debug を付けるとスタックトレースを表示します。',
  },

  // ── shared hints ─────────────────────────────────────────────────────
  'hint-did-you-mean': {
    en: 'Did you mean `{{suggestion}}`?',
    ja: '`{{suggestion}}` の誤りではありませんか？',
  },
  'hint-allowed-keys': {
    en: 'Fields here: {{allowed}}. Keys starting with `x-` are free for your own data.',
    ja: 'ここに書ける項目: {{allowed}}。`x-` で始まるキーは自由に使えます。',
  },
  'hint-quote-it': {
    en: 'If you meant the text, put it in quotes: `{{key}}: "{{source}}"`.',
    ja: '文字列のつもりなら引用符で囲んでください: `{{key}}: "{{source}}"`',
  },
  'hint-make-list': {
    en: 'Write it as a list, even with one item: `{{key}}: [{{source}}]`, or one `- item` per line under `{{key}}:`.',
    ja: '項目が 1 つでもリストで書いてください: `{{key}}: [{{source}}]`、または `{{key}}:` の下に 1 行ずつ `- 項目` の形で書きます。',
  },
  'hint-number-alone': {
    en: 'Write the number alone, without quotes, units or thousands separators, for example `{{key}}: 1200` (here: `{{source}}`).',
    ja: '数値だけを書いてください。引用符・単位・桁区切りのカンマは付けません。例: `{{key}}: 1200`（現在は `{{source}}`）。',
  },
  'hint-kinds': {
    en: 'Use one of {{kinds}}.',
    ja: '{{kinds}} のいずれかを使ってください。',
  },

  // ── usage (exit code 2) ──────────────────────────────────────────────
  'usage-no-root': {
    en: 'No mplan.yaml found in {{dir}} or any folder above it.',
    ja: '{{dir}} とその上位のフォルダに mplan.yaml が見つかりません。',
  },
  'usage-no-root.hint': {
    en: 'Run mplan inside a plan folder (the one with mplan.yaml), pass its path, or create one with `mplan init`.',
    ja: '計画フォルダ（mplan.yaml のあるフォルダ）で実行するか、そのパスを指定してください。新しく作る場合は `mplan init` を使います。',
  },
  'usage-dir-missing': {
    en: 'The folder {{dir}} does not exist.',
    ja: 'フォルダ {{dir}} は存在しません。',
  },
  'usage-not-dir': {
    en: '{{dir}} is a file, not a folder.',
    ja: '{{dir}} はフォルダではなくファイルです。',
  },
  'usage-bad-option': {
    en: 'Invalid value for {{option}}: {{detail}}.',
    ja: '{{option}} の値が正しくありません: {{detail}}。',
  },
  'usage-unknown-rule': {
    en: '`{{rule}}` is not an mplan rule.',
    ja: '`{{rule}}` という mplan のルールはありません。',
  },
  'usage-write-failed': {
    en: 'Could not write {{file}}: {{reason|reason}}.',
    ja: '{{file}} に書き込めませんでした: {{reason|reason}}。',
  },
  'usage-init-exists': {
    en: 'mplan init writes nothing into {{dir}} because these files already exist: {{files}}.',
    ja: '次のファイルが既に存在するため、mplan init は {{dir}} に何も書き込みませんでした: {{files}}。',
  },
  'usage-init-exists.hint': {
    en: 'Choose an empty folder, e.g. `mplan init my-plan`; mplan never overwrites your files.',
    ja: '空のフォルダを指定してください（例: `mplan init my-plan`）。mplan が既存のファイルを上書きすることはありません。',
  },
  'internal-error': {
    en: 'mplan hit an internal error: {{detail}}. Run again with --debug to see where, and please report it.',
    ja: 'mplan の内部エラーが発生しました: {{detail}}。--debug を付けて再実行すると発生箇所が表示されます。ご報告ください。',
  },
} satisfies Record<string, MessageText>;

export type CoreMessageId = keyof typeof CORE_MESSAGES;
