import type { MessageText } from './types.js';

/**
 * Writing files safely (src/write/): every output option, `mplan fmt` and `mplan init`.
 * Keys are stable message ids (an error code is also the `rule` of its finding); a hint
 * ends in `.hint`, a short title (SARIF) in `.title`.
 */
export const WRITE_MESSAGES: Record<string, MessageText> = {
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
};
