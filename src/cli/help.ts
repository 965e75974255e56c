import type { Lang } from '../i18n/types.js';

/** Command help, in every language mplan speaks. */
export const HELP = {
  program: {
    en: 'Marketing plans as code: validate, lint and render a plan kept as YAML files in git.',
    ja: 'マーケティング計画をコードとして管理します。git で管理する YAML の計画を検証・チェック・文書化します。',
  },
  version: { en: 'print the version of mplan', ja: 'mplan のバージョンを表示します' },
  help: { en: 'show help for a command', ja: 'コマンドのヘルプを表示します' },
  optLang: { en: 'language of messages: en or ja (default: the plan\'s locale, then LANG)', ja: 'メッセージの言語: en または ja（既定: 計画の locale、次に LANG）' },
  optDebug: { en: 'show stack traces for internal errors', ja: '内部エラーのスタックトレースを表示します' },
  optFormat: {
    en: 'output format: {{formats}}; repeat it, and add =file to send one format to a file (e.g. --format github --format sarif=mplan.sarif)',
    ja: '出力形式: {{formats}}。繰り返し指定でき、=ファイル名 を付けるとその形式をファイルに書き出します（例: --format github --format sarif=mplan.sarif）',
  },
  optOutput: { en: 'write the output to this file instead of the terminal', ja: '端末ではなくこのファイルに出力します' },
  optColor: { en: 'force colours on or off (default: on in a terminal; NO_COLOR and FORCE_COLOR are honoured)', ja: '色付けの有無を指定します（既定: 端末なら色付け。NO_COLOR と FORCE_COLOR に従います）' },
  argPaths: {
    en: 'the plan folder, any folder inside it, or plan files: then only their findings are shown (default: the current folder)',
    ja: '計画フォルダ、その中のフォルダ、または計画ファイル（ファイルを指定するとそのファイルの指摘だけを表示します。既定: 現在のフォルダ）',
  },
  argDir: { en: 'the plan folder, or any folder inside it (default: the current folder)', ja: '計画フォルダ、またはその中のフォルダ（既定: 現在のフォルダ）' },
  validate: {
    en: 'check every plan file against the format: YAML syntax, fields, values, ids and references',
    ja: 'すべての計画ファイルを書式に照らして検証します（YAML の構文、項目、値、id、参照）',
  },
  validateExamples: {
    en: 'Examples:\n  $ mplan validate\n  $ mplan validate examples/exhibition-b2b\n  $ mplan validate --format json > findings.json\n\nExit codes: 0 valid, 1 errors found, 2 usage or internal error.',
    ja: '例:\n  $ mplan validate\n  $ mplan validate examples/exhibition-b2b\n  $ mplan validate --format json > findings.json\n\n終了コード: 0 問題なし、1 エラーあり、2 使い方の誤りまたは内部エラー。',
  },
  lint: {
    en: 'find gaps in the plan across files: KPIs with no stage, goals nothing measures, unused tools, missing consent, ...',
    ja: 'ファイルをまたいで計画の抜け漏れを見つけます（ステージのない KPI、測られていない目標、使われていないツール、同意のない個人データなど）',
  },
  lintExamples: {
    en: 'Examples:\n  $ mplan lint\n  $ mplan lint examples/exhibition-b2b --fail-on warn\n  $ mplan lint kpis/mql-rate.yaml goals/pipeline.yaml   # only these files\' findings\n  $ mplan lint --rule kpi-no-baseline=off --rule tool-no-owner=error\n  $ mplan lint --fix   # fix misspelt ids and full-width slips in the files, then report the rest\n  $ mplan lint --format github --format sarif=mplan.sarif   # in CI\n\nExit codes: 0 clean, 1 findings at or above --fail-on (or more warnings than --max-warnings), 2 usage or internal error.',
    ja: '例:\n  $ mplan lint\n  $ mplan lint examples/exhibition-b2b --fail-on warn\n  $ mplan lint kpis/mql-rate.yaml goals/pipeline.yaml   # 指定したファイルの指摘だけ\n  $ mplan lint --rule kpi-no-baseline=off --rule tool-no-owner=error\n  $ mplan lint --fix   # ID の打ち間違いや全角の入力ミスをファイル上で直し、残りを表示\n  $ mplan lint --format github --format sarif=mplan.sarif   # CI で\n\n終了コード: 0 問題なし、1 --fail-on 以上の指摘あり（または --max-warnings を超える警告）、2 使い方の誤りまたは内部エラー。',
  },
  optRule: { en: 'set a rule\'s severity for this run: <rule-id>=off|info|warn|error (repeatable; wins over mplan.yaml)', ja: 'この実行でのルールの重要度: <ルールid>=off|info|warn|error（繰り返し指定可。mplan.yaml より優先）' },
  optFailOn: { en: 'lowest severity that makes the exit code 1: error, warn or info', ja: '終了コードを 1 にする最低の重要度: error、warn、info' },
  optMaxWarnings: { en: 'exit 1 when there are more warnings than this', ja: '警告がこの件数を超えたら終了コード 1 にします' },
  optQuiet: { en: 'report errors only', ja: 'エラーだけを表示します' },
  optPreset: { en: 'rule preset: recommended, strict or minimal (overrides lint.extends)', ja: 'ルールのプリセット: recommended、strict、minimal（lint.extends より優先）' },
  rules: { en: 'list every lint rule with its default severity and what it finds', ja: 'すべてのチェックルールを既定の重要度と内容とともに一覧表示します' },
  explain: {
    en: 'explain a rule or any code mplan reports (ref-unresolved, yaml-syntax, your own rules): what it finds, why it matters, how to fix it',
    ja: 'ルールや mplan が表示するコード（ref-unresolved、yaml-syntax、計画独自のルールなど）を説明します（何を見つけるか、なぜ重要か、どう直すか）',
  },
  argRule: { en: 'the id shown with a finding, e.g. kpi-no-stage or ref-unresolved', ja: '指摘に表示される id（例: kpi-no-stage、ref-unresolved）' },
} satisfies Record<string, Record<Lang, string>>;

export type HelpKey = keyof typeof HELP;

export function h(key: HelpKey, lang: Lang, data: Record<string, string> = {}): string {
  return HELP[key][lang].replace(/\{\{(\w+)\}\}/g, (w, k: string) => data[k] ?? w);
}
