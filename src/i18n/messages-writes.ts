import type { MessageText } from './types.js';

/**
 * Messages of writing files safely (every output option, `mplan fmt`,
 * `mplan init`). Ids must not clash with core-messages.ts.
 */
export const WRITES_MESSAGES: Record<string, MessageText> = {
  'write-plan-file': {
    en: '{{file}} is a file of the plan in {{root}}: writing there would replace it, so mplan wrote nothing.',
    ja: '{{file}} は {{root}} にある計画のファイルです。書き込むと計画の内容が失われるため、mplan は何も書き込みませんでした。',
  },
  'write-plan-file.hint': {
    en: 'Write the output outside the plan folder, or to a name that does not end in .yaml or .yml (for example report.md, findings.sarif or mplan-baseline.json).',
    ja: '出力先は計画フォルダの外にするか、.yaml / .yml 以外で終わる名前にしてください（例: report.md、findings.sarif、mplan-baseline.json）。',
  },
  'write-new-plan-file': {
    en: '{{file}} would become a file of the plan in {{root}} (mplan reads every .yaml and .yml file in the plan folder), so mplan wrote nothing.',
    ja: '{{file}} に書き込むと、{{root}} の計画のファイルとして読み込まれてしまうため（計画フォルダ内の .yaml / .yml ファイルはすべて計画として読み込まれます）、mplan は何も書き込みませんでした。',
  },
  'write-new-plan-file.hint': {
    en: 'Write it outside the plan folder or under a name that does not end in .yaml or .yml; to keep such a file in the plan folder on purpose, list it in `lint.ignore` in mplan.yaml.',
    ja: '計画フォルダの外に書き出すか、.yaml / .yml 以外で終わる名前にしてください。計画フォルダに置きたい場合は、mplan.yaml の `lint.ignore` にそのパスを追加してください。',
  },
  'write-read-only': {
    en: '{{file}} is read-only, so mplan did not change it.',
    ja: '{{file}} は読み取り専用のため、mplan は変更しませんでした。',
  },
  'write-read-only.hint': {
    en: 'To let mplan rewrite it, make it writable first (for example `chmod u+w {{file}}`); or write to another file.',
    ja: 'mplan に書き換えさせる場合は、先に書き込みを許可してください（例: `chmod u+w {{file}}`）。または別のファイルに書き出してください。',
  },
  'write-changed': {
    en: '{{file}} was changed by someone else while mplan was working on it, so mplan left it as it is (nothing of the new edit is lost).',
    ja: 'mplan の処理中に {{file}} が別の編集で変更されたため、mplan は変更せずにそのまま残しました（新しい編集内容は失われていません）。',
  },
  'write-changed.hint': {
    en: 'Save your edits, then run the command again.',
    ja: '編集を保存してから、もう一度コマンドを実行してください。',
  },
  'fmt-not-text': {
    en: 'not saved as UTF-8 text (perhaps Shift_JIS, Latin-1 or UTF-16), so mplan fmt left it exactly as it is: save it as UTF-8 in your editor, then run `mplan fmt` again (`mplan lint` shows where).',
    ja: 'UTF-8 のテキストとして保存されていない（Shift_JIS、Latin-1、UTF-16 などの）ため、mplan fmt は一切変更していません。エディタで UTF-8 として保存し直してから、もう一度 `mplan fmt` を実行してください（場所は `mplan lint` で確認できます）。',
  },
  'fmt-unsafe': {
    en: 'mplan fmt cannot lay this file out without changing a value or a comment, so it left the file as it is (nothing to fix).',
    ja: 'このファイルは値やコメントを変えずに整形できないため、mplan fmt は変更せずにそのまま残しました（修正は不要です）。',
  },
};
