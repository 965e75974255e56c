import type { MessageText } from './types.js';

/**
 * Reading the plan (src/load/): files the walk finds or refuses, YAML syntax and the typing slips
 * an input method or another tool puts in a file (full-width spaces and colons, a thousands
 * comma), documents and their `kind`.
 * Keys are stable message ids (an error code is also the `rule` of its finding); a hint
 * ends in `.hint`, a short title (SARIF) in `.title`.
 */
export const LOAD_MESSAGES: Record<string, MessageText> = {
  'file-unreadable': {
    en: 'mplan cannot read this file ({{reason|reason}}).',
    ja: 'このファイルを読み込めません（{{reason|reason}}）。',
  },
  'file-unreadable.hint': {
    en: 'Check that the file exists and that you may read it, or add it to `lint.ignore` in mplan.yaml.',
    ja: 'ファイルが存在し、読み取り権限があるか確認してください。対象外にする場合は mplan.yaml の `lint.ignore` に追加してください。',
  },
  'file-unreadable.title': {
    en: 'A plan file that cannot be read',
    ja: '読み込めない計画ファイル',
  },
  'file-binary': {
    en: 'This file is not text: it contains binary data.',
    ja: 'このファイルはテキストではありません（バイナリデータを含んでいます）。',
  },
  'file-binary.hint': {
    en: 'Move it out of the plan folder, or add it to `lint.ignore` in mplan.yaml.',
    ja: '計画フォルダの外へ移動するか、mplan.yaml の `lint.ignore` に追加してください。',
  },
  'file-binary.title': {
    en: 'A binary file among the plan files',
    ja: '計画ファイルの中のバイナリファイル',
  },
  'file-not-utf8': {
    en: 'This file is not UTF-8 text (the first invalid byte is on this line).',
    ja: 'このファイルは UTF-8 のテキストではありません（この行に不正なバイトがあります）。',
  },
  'file-not-utf8.hint': {
    en: 'Save the file with UTF-8 encoding in your editor.',
    ja: 'エディタで文字コードを UTF-8 にして保存し直してください。',
  },
  'file-not-utf8.title': {
    en: 'A plan file not saved as UTF-8',
    ja: 'UTF-8 で保存されていない計画ファイル',
  },
  'file-too-large': {
    en: 'This file is {{size}} MB; mplan reads plan files of at most {{max}} MB.',
    ja: 'このファイルは {{size}} MB あります。mplan が読み込めるのは {{max}} MB までです。',
  },
  'file-too-large.hint': {
    en: 'Split it into several smaller files (one folder per kind is the convention).',
    ja: '複数の小さなファイルに分けてください（種類ごとにフォルダを分けるのが慣例です）。',
  },
  'file-too-large.title': {
    en: 'A plan file too large to read',
    ja: '大きすぎて読み込めない計画ファイル',
  },
  'line-too-long': {
    en: 'This line is {{length}} characters long; mplan reads lines of at most {{max}} characters.',
    ja: 'この行は {{length}} 文字あります。mplan が読み込める 1 行の長さは {{max}} 文字までです。',
  },
  'line-too-long.hint': {
    en: 'Break the text over several lines with a YAML block (`|` or `>`).',
    ja: 'YAML のブロック記法（`|` や `>`）で複数行に分けてください。',
  },
  'line-too-long.title': {
    en: 'A line too long to read',
    ja: '長すぎて読み込めない行',
  },
  'file-empty': {
    en: 'This file contains no plan document.',
    ja: 'このファイルには計画のドキュメントがありません。',
  },
  'file-empty.hint': {
    en: 'Add a document starting with `kind:` and `id:`, or delete the file.',
    ja: '`kind:` と `id:` で始まるドキュメントを書くか、ファイルを削除してください。',
  },
  'file-empty.title': {
    en: 'An empty plan file',
    ja: '空の計画ファイル',
  },
  'symlink-loop': {
    en: 'This symbolic link leads back into a folder that is already being read (a loop), so it was skipped.',
    ja: 'このシンボリックリンクは読み込み中のフォルダに戻っています（ループ）。読み飛ばしました。',
  },
  'symlink-loop.hint': {
    en: 'Remove the link, or add it to `lint.ignore` in mplan.yaml.',
    ja: 'リンクを削除するか、mplan.yaml の `lint.ignore` に追加してください。',
  },
  'symlink-loop.title': {
    en: 'A link that points back to itself',
    ja: '自分自身を指すリンク',
  },
  'yaml-syntax': {
    en: 'This is not valid YAML: {{detail}}.',
    ja: 'YAML の書き方に誤りがあります: {{detail}}。',
  },
  'yaml-syntax.hint': {
    en: 'Check the indentation, colons and quotes on this line and the one before it.',
    ja: 'この行と前の行のインデント、コロン、引用符を確認してください。',
  },
  'yaml-syntax.title': {
    en: 'A YAML syntax error',
    ja: 'YAML の書き方の誤り',
  },
  'yaml-unclosed-quote': {
    en: 'A quoted text starts here but never ends: the closing {{quote}} is missing.',
    ja: 'ここから始まる引用符付きのテキストが閉じられていません（閉じる {{quote}} がありません）。',
  },
  'yaml-unclosed-quote.hint': {
    en: 'Add the closing {{quote}} at the end of the text, or remove the opening one.',
    ja: 'テキストの終わりに閉じる {{quote}} を追加するか、開始の引用符を削除してください。',
  },
  'yaml-unclosed-quote.title': {
    en: 'A quote that is never closed',
    ja: '閉じられていない引用符',
  },
  'yaml-missing-colon': {
    en: 'This line is neither a `field: value` line nor a list item (`- …`).',
    ja: 'この行は `項目: 値` の形にもリストの項目（`- …`）にもなっていません。',
  },
  'yaml-missing-colon.hint': {
    en: 'Put a colon and a space after the field name (`name: Spring campaign`), or check the indentation of the lines above.',
    ja: '項目名の後にコロンとスペースを入れてください（`name: 春のキャンペーン`）。または上の行のインデントを確認してください。',
  },
  'yaml-missing-colon.title': {
    en: 'A line that is not `field: value`',
    ja: '`項目: 値` の形になっていない行',
  },
  'yaml-bad-indent': {
    en: 'The indentation of this line does not fit the lines around it.',
    ja: 'この行のインデントが前後の行と合っていません。',
  },
  'yaml-bad-indent.hint': {
    en: 'Indent fields of the same block to the same column with spaces, start list items with `- `, and close every `[` or `{` you open.',
    ja: '同じブロックの項目はスペースで同じ位置にそろえ、リストの項目は `- ` で始め、開いた `[` や `{` は必ず閉じてください。',
  },
  'yaml-bad-indent.title': {
    en: 'Indentation that does not fit',
    ja: '合っていない字下げ',
  },
  'yaml-reserved-char': {
    en: 'A value cannot start with `{{char}}` unless it is in quotes.',
    ja: '`{{char}}` で始まる値は引用符で囲む必要があります。',
  },
  'yaml-reserved-char.hint': {
    en: 'Put the whole value in double quotes, e.g. `name: "{{char}}…"`.',
    ja: '値全体をダブルクォートで囲んでください（例: `name: "{{char}}…"`）。',
  },
  'yaml-reserved-char.title': {
    en: 'A value starting with a reserved character',
    ja: '予約文字で始まる値',
  },
  'yaml-colon-in-value': {
    en: 'This value contains a colon followed by a space (`: `), which YAML reads as the start of another field.',
    ja: 'この値にはコロンとスペース（`: `）が含まれており、YAML は別の項目の始まりとして読んでしまいます。',
  },
  'yaml-colon-in-value.hint': {
    en: 'Put the whole value in quotes: `name: "Time: 10am"`.',
    ja: '値全体を引用符で囲んでください（例: `name: "時間: 10時"`）。',
  },
  'yaml-colon-in-value.title': {
    en: 'A colon and space inside a value',
    ja: '値の中のコロンとスペース',
  },
  'yaml-duplicate-key': {
    en: 'The key `{{key}}` appears twice in the same block.',
    ja: 'キー `{{key}}` が同じブロックに 2 回書かれています。',
  },
  'yaml-duplicate-key.hint': {
    en: 'Keep one of them: the second one would silently replace the first.',
    ja: 'どちらか一方を残してください（2 つ目が 1 つ目を黙って上書きしてしまいます）。',
  },
  'yaml-duplicate-key.title': {
    en: 'The same field written twice',
    ja: '同じ項目の二重記述',
  },
  'yaml-tab': {
    en: 'A tab is used for indentation; YAML only allows spaces.',
    ja: 'インデントにタブが使われています。YAML ではスペースしか使えません。',
  },
  'yaml-tab.hint': {
    en: 'Replace the tab with spaces (most editors can convert indentation to spaces).',
    ja: 'タブをスペースに置き換えてください（多くのエディタでインデントをスペースに変換できます）。',
  },
  'yaml-tab.title': {
    en: 'A tab in the indentation',
    ja: '字下げの中のタブ',
  },
  'yaml-unknown-tag': {
    en: 'Unknown YAML tag `{{tag}}`: plan files hold only text, numbers, true/false, lists and maps.',
    ja: '不明な YAML タグ `{{tag}}` があります。計画ファイルに書けるのはテキスト、数値、true/false、リスト、マップだけです。',
  },
  'yaml-unknown-tag.hint': {
    en: 'Remove the tag (the `!…` part); nothing in it is ever executed.',
    ja: 'タグ（`!…` の部分）を削除してください（タグの内容が実行されることはありません）。',
  },
  'yaml-unknown-tag.title': {
    en: 'An unknown YAML tag',
    ja: '不明な YAML タグ',
  },
  'yaml-alias-bomb': {
    en: 'This document repeats aliases (`*name`) so often that reading it could exhaust memory; mplan stopped reading it.',
    ja: 'このドキュメントはエイリアス（`*名前`）を大量に展開するため、メモリを使い果たすおそれがあります。読み込みを中止しました。',
  },
  'yaml-alias-bomb.hint': {
    en: 'Write the values out instead of using anchors (`&name`) and aliases (`*name`).',
    ja: 'アンカー（`&名前`）とエイリアス（`*名前`）を使わずに値を直接書いてください。',
  },
  'yaml-alias-bomb.title': {
    en: 'Too many YAML aliases',
    ja: '多すぎる YAML エイリアス',
  },
  'yaml-too-deep': {
    en: 'This document is nested more than {{max}} levels deep; mplan stopped reading it.',
    ja: 'このドキュメントは入れ子が {{max}} 段を超えています。読み込みを中止しました。',
  },
  'yaml-too-deep.hint': {
    en: 'Plan documents need only a few levels: check for unbalanced brackets.',
    ja: '計画のドキュメントに深い入れ子は不要です。括弧の対応を確認してください。',
  },
  'yaml-too-deep.title': {
    en: 'Nesting too deep to read',
    ja: '深すぎて読み込めない入れ子',
  },
  'doc-not-map': {
    en: 'A plan document must be a block of `key: value` lines, but this is {{found|types}}.',
    ja: '計画のドキュメントは `キー: 値` の形の行で書く必要がありますが、ここは{{found|types}}になっています。',
  },
  'doc-not-map.hint': {
    en: 'Start the document with `kind:` and `id:` lines, e.g. `kind: Goal` and `id: grow-repeat-buyers`.',
    ja: '`kind:` と `id:` の行から書き始めてください（例: `kind: Goal`、`id: grow-repeat-buyers`）。',
  },
  'doc-not-map.title': {
    en: 'A document that is not a set of fields',
    ja: '項目の集まりになっていない文書',
  },
  'kind-missing': {
    en: 'This document does not say what it is: it has no `kind:`.',
    ja: 'このドキュメントには `kind:`（種類）がありません。',
  },
  'kind-missing.hint': {
    en: 'Add `kind:` with one of {{kinds}}.',
    ja: '`kind:` に {{kinds}} のいずれかを書いてください。',
  },
  'kind-missing.title': {
    en: 'A document without `kind:`',
    ja: '`kind:` のない文書',
  },
  'kind-unknown': {
    en: '`{{kind}}` is not a kind mplan knows.',
    ja: '`{{kind}}` という種類はありません。',
  },
  'kind-unknown.title': {
    en: 'An unknown document kind',
    ja: '不明な文書の種類',
  },
  'file-not-regular': {
    en: 'This is not an ordinary file (it is a pipe, socket or device), so mplan did not open it.',
    ja: 'これは通常のファイルではありません（パイプ、ソケット、デバイスのいずれかです）。mplan は開かずに読み飛ばしました。',
  },
  'file-not-regular.hint': {
    en: 'Plan files must be ordinary text files: remove it from the plan folder, or add it to `lint.ignore` in mplan.yaml.',
    ja: '計画ファイルは通常のテキストファイルである必要があります。計画フォルダから削除するか、mplan.yaml の `lint.ignore` に追加してください。',
  },
  'file-not-regular.title': {
    en: 'A plan path that is not a regular file',
    ja: '通常のファイルではない計画のパス',
  },
  'folder-named-yaml': {
    en: '`{{name}}` is a folder, not a file, although its name ends in `.yaml`; mplan read the plan files inside it.',
    ja: '`{{name}}` は名前が `.yaml` で終わっていますが、ファイルではなくフォルダです。中にある計画ファイルは読み込みました。',
  },
  'folder-named-yaml.hint': {
    en: 'Rename the folder without `.yaml` (for example `{{suggestion}}`) so nobody mistakes it for a plan file.',
    ja: '計画ファイルと紛らわしいため、`.yaml` を外した名前（例: `{{suggestion}}`）にフォルダ名を変更してください。',
  },
  'folder-named-yaml.title': {
    en: 'A folder named like a YAML file',
    ja: 'YAML ファイルのような名前のフォルダ',
  },
  'yaml-fullwidth-indent': {
    en: 'This line is indented with a full-width space (the wide space a Japanese keyboard types); YAML counts only ordinary half-width spaces.',
    ja: 'この行のインデントに全角スペースが使われています。YAML のインデントには半角スペースしか使えません。',
  },
  'yaml-fullwidth-indent.hint': {
    en: 'Delete the full-width space and indent with half-width spaces, lined up with the fields of the same block.',
    ja: '全角スペースを削除し、同じブロックの項目とそろうように半角スペースでインデントしてください（日本語入力をオフにして入力します）。',
  },
  'yaml-fullwidth-indent.title': {
    en: 'A full-width space in the indentation',
    ja: '字下げの中の全角スペース',
  },
  'yaml-fullwidth-space-after-colon': {
    en: 'After `{{key}}:` comes a full-width space; YAML needs an ordinary half-width space after the colon.',
    ja: '`{{key}}:` の後が全角スペースになっています。YAML ではコロンの後に半角スペースが必要です。',
  },
  'yaml-fullwidth-space-after-colon.hint': {
    en: 'Replace the full-width space with a half-width one: `{{key}}: …`.',
    ja: '全角スペースを半角スペースに置き換えてください: `{{key}}: …`',
  },
  'yaml-fullwidth-space-after-colon.title': {
    en: 'A full-width space after a colon',
    ja: 'コロンの後の全角スペース',
  },
  'yaml-fullwidth-colon': {
    en: '`{{key}}` is followed by a full-width colon (：); YAML only takes the half-width colon `:` as the end of a field name.',
    ja: '`{{key}}` の後のコロンが全角（：）になっています。YAML が項目名の区切りとして認めるのは半角のコロン `:` だけです。',
  },
  'yaml-fullwidth-colon.hint': {
    en: 'Type a half-width colon followed by a half-width space: `{{key}}: …`.',
    ja: '半角のコロンと半角スペースに直してください: `{{key}}: …`',
  },
  'yaml-fullwidth-colon.title': {
    en: 'A full-width colon after a field name',
    ja: '項目名の後の全角コロン',
  },
  'yaml-comma-split': {
    en: 'The comma after `{{before}}` ends the value of `{{field}}`: inside `{ … }` a comma separates fields, so `{{rest}}` was read as a field name.',
    ja: '`{ … }` の中ではカンマが項目の区切りになるため、`{{field}}` の値は `{{before}}` で終わり、`{{rest}}` は項目名として読まれました。',
  },
  'yaml-comma-split.hint': {
    en: 'Put the text in quotes, `{{field}}: "{{suggestion}}"`, or write the item in block style, one field per line.',
    ja: 'テキストを引用符で囲むか（`{{field}}: "{{suggestion}}"`）、1 行に 1 項目ずつのブロック形式で書いてください。',
  },
  'yaml-comma-split.title': {
    en: 'A comma that splits a value',
    ja: '値を分けてしまうカンマ',
  },
  'hint-comma-number': {
    en: 'Write the number without thousands separators: `{{field}}: {{suggestion}}`.',
    ja: '桁区切りのカンマを付けずに書いてください: `{{field}}: {{suggestion}}`',
  },
  'symlink-outside': {
    en: 'This link leads to a folder outside the plan folder ({{target}}), so it was not read.',
    ja: 'このリンクは計画フォルダの外のフォルダ（{{target}}）を指しているため、読み込みませんでした。',
  },
  'symlink-outside.hint': {
    en: 'Move or copy those files into the plan folder, or add the link to `lint.ignore` in mplan.yaml.',
    ja: 'ファイルを計画フォルダの中に移すかコピーするか、リンクを mplan.yaml の `lint.ignore` に追加してください。',
  },
  'symlink-outside.title': {
    en: 'A link that points outside the plan',
    ja: '計画の外を指すリンク',
  },
  'yaml-complex-key': {
    en: 'This key is a list or a map (written with `?`), not a field name, so it was left out.',
    ja: 'このキーはリストまたはマップ（`?` で記述）で、項目名ではないため、無視しました。',
  },
  'yaml-complex-key.hint': {
    en: 'Write the field name as plain text followed by a colon, for example `channels:`, and put the list on the lines below it.',
    ja: '項目名は `channels:` のように文字列とコロンで書き、リストはその下の行に書いてください。',
  },
  'yaml-complex-key.title': {
    en: 'A list or map used as a field name',
    ja: '項目名として使われたリストやマップ',
  },
  'yaml-indent-slip': {
    en: 'This line is indented by {{found|plural:space}}, but the lines it belongs with (like line {{line}}) are indented by {{expected|plural:space}}.',
    ja: 'この行の字下げはスペース {{found}} 個ですが、同じまとまりの行（{{line}} 行目など）は {{expected}} 個です。',
  },
  'yaml-indent-slip.hint': {
    en: 'Indent it by {{expected|plural:space}} so it lines up with line {{line}}: the items of one list, and the fields of one block, start at the same column.',
    ja: '{{line}} 行目とそろうように、スペース {{expected}} 個で字下げしてください。同じリストの項目や同じブロックの項目は、同じ位置から書き始めます。',
  },
  'yaml-indent-slip.title': {
    en: 'A line indented to no block above it',
    ja: '上のどのブロックにも合わない字下げの行',
  },
};
