import type { MessageText } from './types.js';

/**
 * Command-line help (src/cli/): each command's description, arguments, options and
 * examples, written once here and read by commander in the chosen language; then
 * commander's own words (headings, defaults, choices, argument errors), which mplan
 * shows in Japanese. Ids start with `help-`; `{{name}}` is filled in as is.
 */
export const HELP_MESSAGES = {
  'help-program': {
    en: 'Marketing plans as code: validate, lint and render a plan kept as YAML files in git.',
    ja: 'マーケティング計画をコードとして管理します。git で管理する YAML の計画を検証・チェック・文書化します。',
  },
  'help-version': {
    en: 'print the version of mplan',
    ja: 'mplan のバージョンを表示します',
  },
  'help-help': {
    en: 'show help for a command',
    ja: 'コマンドのヘルプを表示します',
  },
  'help-arg-paths': {
    en: 'the plan folder, any folder inside it, or plan files: then only their findings are shown (default: the current folder)',
    ja: '計画フォルダ、その中のフォルダ、または計画ファイル（ファイルを指定するとそのファイルの指摘だけを表示します。既定: 現在のフォルダ）',
  },
  'help-arg-dir': {
    en: 'the plan folder, or any folder inside it (default: the current folder)',
    ja: '計画フォルダ、またはその中のフォルダ（既定: 現在のフォルダ）',
  },
  'help-opt-lang': {
    en: 'language of messages: en or ja (default: the plan\'s locale, then LANG)',
    ja: 'メッセージの言語: en または ja（既定: 計画の locale、次に LANG）',
  },
  'help-opt-debug': {
    en: 'show stack traces for internal errors',
    ja: '内部エラーのスタックトレースを表示します',
  },
  'help-opt-format': {
    en: 'output format: {{formats}}; repeat it, and add =file to send one format to a file (e.g. --format github --format sarif=mplan.sarif)',
    ja: '出力形式: {{formats}}。繰り返し指定でき、=ファイル名 を付けるとその形式をファイルに書き出します（例: --format github --format sarif=mplan.sarif）',
  },
  'help-opt-output': {
    en: 'write the output to this file instead of the terminal',
    ja: '端末ではなくこのファイルに出力します',
  },
  'help-opt-color': {
    en: 'force colours on or off (default: on in a terminal; NO_COLOR and FORCE_COLOR are honoured)',
    ja: '色付けの有無を指定します（既定: 端末なら色付け。NO_COLOR と FORCE_COLOR に従います）',
  },
  'help-opt-no-plugins': {
    en: "do not run the plan's plugins (lint.plugins): they are JavaScript from the plan repository and run with your permissions, so use this on a repository you do not trust",
    ja: '計画のプラグイン（lint.plugins）を実行しません。プラグインは計画リポジトリにある JavaScript で、あなたの権限で実行されます。信頼できないリポジトリではこのオプションを使ってください',
  },
  'help-opt-preset': {
    en: 'rule preset: recommended, strict or minimal (overrides lint.extends)',
    ja: 'ルールのプリセット: recommended、strict、minimal（lint.extends より優先）',
  },
  'help-validate': {
    en: 'check every plan file against the format: YAML syntax, fields, values, ids and references',
    ja: 'すべての計画ファイルを書式に照らして検証します（YAML の構文、項目、値、id、参照）',
  },
  'help-validate-examples': {
    en: 'Examples:\n  $ mplan validate\n  $ mplan validate examples/exhibition-b2b\n  $ mplan validate --format json > findings.json\n\nExit codes: 0 valid, 1 errors found, 2 usage or internal error.',
    ja: '例:\n  $ mplan validate\n  $ mplan validate examples/exhibition-b2b\n  $ mplan validate --format json > findings.json\n\n終了コード: 0 問題なし、1 エラーあり、2 使い方の誤りまたは内部エラー。',
  },
  'help-lint': {
    en: 'find gaps in the plan across files: KPIs with no stage, goals nothing measures, unused tools, missing consent, ...',
    ja: 'ファイルをまたいで計画の抜け漏れを見つけます（ステージのない KPI、測られていない目標、使われていないツール、同意のない個人データなど）',
  },
  'help-lint-opt-rule': {
    en: 'set a rule\'s severity for this run: <rule-id>=off|info|warn|error (repeatable; wins over mplan.yaml)',
    ja: 'この実行でのルールの重要度: <ルールid>=off|info|warn|error（繰り返し指定可。mplan.yaml より優先）',
  },
  'help-lint-opt-fail-on': {
    en: 'lowest severity that makes the exit code 1: error, warn or info',
    ja: '終了コードを 1 にする最低の重要度: error、warn、info',
  },
  'help-lint-opt-max-warnings': {
    en: 'exit 1 when there are more warnings than this',
    ja: '警告がこの件数を超えたら終了コード 1 にします',
  },
  'help-lint-opt-quiet': {
    en: 'report errors only',
    ja: 'エラーだけを表示します',
  },
  'help-lint-opt-since': {
    en: 'report only findings that do not exist at this git revision (matched by rule and entity, not line)',
    ja: 'この git リビジョンには無かった指摘だけを表示します（行番号ではなくルールと対象で照合）',
  },
  'help-lint-opt-baseline': {
    en: 'hide the findings recorded in this baseline file (JSON or YAML); entries past their `until:` date come back as errors',
    ja: 'このベースラインファイル（JSON または YAML）に記録された指摘を表示しません。`until:` の期限を過ぎた項目はエラーとして戻ります',
  },
  'help-lint-opt-write-baseline': {
    en: 'write every current finding to this baseline file and exit 0 (keeps the `until`, `owner` and `reason` of entries that still match)',
    ja: '現在のすべての指摘をこのベースラインファイルに書き出して終了します（終了コード 0。一致する項目の `until`・`owner`・`reason` は引き継ぎます）',
  },
  'help-lint-opt-prune-baseline': {
    en: 'with --baseline: remove the entries that no longer match any finding',
    ja: '--baseline と併用: どの指摘にも当てはまらなくなった項目を削除します',
  },
  'help-lint-opt-cache': {
    en: 'remember what each unchanged file holds in .mplan-cache.json (in the plan folder), so the next run is faster; the checks across files always run again',
    ja: '変更のないファイルの内容を計画フォルダの .mplan-cache.json に保存し、次回の実行を速くします（ファイルをまたぐチェックは毎回実行します）',
  },
  'help-lint-opt-fix': {
    en: 'fix in the files what can be fixed without changing what the plan means (a misspelt reference with exactly one near id, a full-width space, colon or digit), then report what is left',
    ja: '計画の意味を変えずに直せる問題（候補が 1 つだけの ID の打ち間違い、全角のスペース・コロン・数字）をファイル上で直し、残りの指摘を表示します',
  },
  'help-lint-opt-fix-dry-run': {
    en: 'like --fix, but write nothing: list the fixes and report what would be left',
    ja: '--fix と同じですが何も書き込まず、直す内容と直した後に残る指摘を表示します',
  },
  'help-lint-examples': {
    en: 'Examples:\n  $ mplan lint\n  $ mplan lint examples/exhibition-b2b --fail-on warn\n  $ mplan lint kpis/mql-rate.yaml goals/pipeline.yaml   # only these files\' findings\n  $ mplan lint --rule kpi-no-baseline=off --rule tool-no-owner=error\n  $ mplan lint --fix   # fix misspelt ids and full-width slips in the files, then report the rest\n  $ mplan lint --format github --format sarif=mplan.sarif   # in CI\n\nExit codes: 0 clean, 1 findings at or above --fail-on (or more warnings than --max-warnings), 2 usage or internal error.',
    ja: '例:\n  $ mplan lint\n  $ mplan lint examples/exhibition-b2b --fail-on warn\n  $ mplan lint kpis/mql-rate.yaml goals/pipeline.yaml   # 指定したファイルの指摘だけ\n  $ mplan lint --rule kpi-no-baseline=off --rule tool-no-owner=error\n  $ mplan lint --fix   # ID の打ち間違いや全角の入力ミスをファイル上で直し、残りを表示\n  $ mplan lint --format github --format sarif=mplan.sarif   # CI で\n\n終了コード: 0 問題なし、1 --fail-on 以上の指摘あり（または --max-warnings を超える警告）、2 使い方の誤りまたは内部エラー。',
  },
  'help-rules': {
    en: 'list every lint rule with its default severity and what it finds',
    ja: 'すべてのチェックルールを既定の重要度と内容とともに一覧表示します',
  },
  'help-explain': {
    en: 'explain a rule or any code mplan reports (ref-unresolved, yaml-syntax, your own rules): what it finds, why it matters, how to fix it',
    ja: 'ルールや mplan が表示するコード（ref-unresolved、yaml-syntax、計画独自のルールなど）を説明します（何を見つけるか、なぜ重要か、どう直すか）',
  },
  'help-explain-arg-rule': {
    en: 'the id shown with a finding, e.g. kpi-no-stage or ref-unresolved',
    ja: '指摘に表示される id（例: kpi-no-stage、ref-unresolved）',
  },
  'help-render': {
    en: 'render the plan as Markdown, HTML or PDF for people who never open YAML: the whole report, an RFP ready to send, a journey or the KPIs',
    ja: '計画を Markdown・HTML・PDF の文書として出力します（計画書全体、そのまま送れる提案依頼書（RFP）、カスタマージャーニー、KPI 一覧）',
  },
  'help-render-arg-document': {
    en: 'what to render: report, rfp <rfp-id>, journey <journey-id> or kpis',
    ja: '出力する文書: report、rfp <RFP の id>、journey <ジャーニーの id>、kpis',
  },
  'help-render-arg-rest': {
    en: 'the RFP or journey id (for rfp and journey), then the plan folder (default: the current folder)',
    ja: 'RFP またはジャーニーの id（rfp と journey の場合）、続けて計画フォルダ（既定: 現在のフォルダ）',
  },
  'help-render-opt-output': {
    en: 'write the document to this file (atomically) instead of printing it',
    ja: '文書を端末ではなくこのファイルに書き出します（書きかけの状態は残しません）',
  },
  'help-render-opt-locale': {
    en: 'language of the document: en or ja (default: the plan\'s locale)',
    ja: '文書の言語: en または ja（既定: 計画の locale）',
  },
  'help-render-opt-template': {
    en: 'use this Handlebars template file instead of the document\'s own',
    ja: '文書の既定テンプレートの代わりに、この Handlebars テンプレートを使います',
  },
  'help-render-opt-force': {
    en: 'render even when the plan has errors that affect the document, marking the gaps with ⚠',
    ja: '文書に関わるエラーがあっても出力し、抜けを ⚠ で示します',
  },
  'help-render-opt-date': {
    en: 'date to print on the document, YYYY-MM-DD (no date otherwise, so output stays reproducible)',
    ja: '文書に載せる日付（YYYY-MM-DD）。指定しない場合は日付を入れません（出力が毎回同じになります）',
  },
  'help-render-opt-check': {
    en: 'check the templates instead of rendering: syntax, every field against the data each template receives, partials and helpers',
    ja: '出力せずにテンプレートを確認します（構文、各テンプレートが受け取るデータにある項目か、パーシャルとヘルパー）',
  },
  'help-render-opt-internal': {
    en: 'RFP only: render the full version for review inside the company (plan and initiative budgets, tool costs, contract dates, every KPI of the goals), marked internal on every page',
    ja: 'RFP のみ: 社内確認用の完全版を出力します（計画・施策の予算、ツールの費用と契約終了日、目標のすべての KPI を含み、各ページに社外秘と表示）',
  },
  'help-render-opt-format': {
    en: 'md (default), html (one self-contained file, diagrams drawn) or pdf (needs Chrome/Chromium); follows the extension of -o when not given',
    ja: 'md（既定）、html（図を描画した単一ファイル）、pdf（Chrome/Chromium が必要）。指定しない場合は -o の拡張子に従います',
  },
  'help-render-opt-paper': {
    en: 'paper size of a PDF: a4 (default) or letter',
    ja: 'PDF の用紙サイズ: a4（既定）または letter',
  },
  'help-render-examples': {
    en: 'Examples:\n  $ mplan render report -o plan.md\n  $ mplan render rfp rfp-digital-agency-2027 examples/exhibition-b2b -o rfp.md\n  $ mplan render journey expo-visitor --locale ja\n  $ mplan render kpis --date 2027-04-01\n  $ mplan render --check          # in CI: the built-in and the repo\'s templates/\n\nTemplates: the plan repo\'s templates/<locale>/<name>.hbs replaces the built-in of the same name (see docs/render.md).\nExit codes: 0 rendered (or templates fine), 1 errors in the plan or a template (located), 2 usage or internal error.',
    ja: '例:\n  $ mplan render report -o plan.md\n  $ mplan render rfp rfp-digital-agency-2027 examples/exhibition-b2b -o rfp.md\n  $ mplan render journey expo-visitor --locale ja\n  $ mplan render kpis --date 2027-04-01\n  $ mplan render --check          # CI で: 組み込みと計画リポジトリの templates/ を確認\n\nテンプレート: 計画リポジトリの templates/<ロケール>/<名前>.hbs が、同じ名前の組み込みテンプレートに代わって使われます（docs/render.md を参照）。\n終了コード: 0 出力成功（またはテンプレートに問題なし）、1 計画またはテンプレートにエラー（場所を表示）、2 使い方の誤りまたは内部エラー。',
  },
  'help-diff': {
    en: 'show what a change means for the plan: entities added, removed and changed field by field, lint findings introduced and resolved, plan health before → after',
    ja: '変更が計画にとって何を意味するかを表示します（追加・削除・項目ごとの変更、新しい指摘と解消した指摘、計画の健全性の変化）',
  },
  'help-diff-arg-base': {
    en: 'the revision to compare with (a branch, tag or commit; `main...` compares with where the current branch left main)',
    ja: '比較の基準にするリビジョン（ブランチ、タグ、コミット。`main...` は現在のブランチが main から分岐した時点と比較します）',
  },
  'help-diff-arg-head': {
    en: 'the revision to compare (default: the working tree); with two arguments, a folder name here is the plan folder',
    ja: '比較するリビジョン（既定: 作業ツリー）。引数が 2 つでここにフォルダ名を書いた場合は計画フォルダとして扱います',
  },
  'help-diff-opt-format': {
    en: 'output format: text, markdown (for a pull-request comment) or json',
    ja: '出力形式: text、markdown（プルリクエストのコメント用）、json',
  },
  'help-diff-opt-fail-on-new': {
    en: 'exit 1 when the change introduces findings at or above this severity (default when given: error)',
    ja: '変更によってこの重要度以上の指摘が新たに生じたら終了コード 1 にします（値を省略すると error）',
  },
  'help-diff-examples': {
    en: 'Examples:\n  $ mplan diff main                      # working tree against main\n  $ mplan diff origin/main... --format markdown > plan-diff.md\n  $ mplan diff v1.0 v1.1 plans/2027\n  $ mplan diff main --fail-on-new        # CI: fail on new errors\n\nExit codes: 0 compared (also when findings changed), 1 with --fail-on-new when the change introduces such findings, 2 usage error, a revision that is not in the clone (shallow CI clones: fetch-depth: 0), or internal error.',
    ja: '例:\n  $ mplan diff main                      # 作業ツリーを main と比較\n  $ mplan diff origin/main... --format markdown > plan-diff.md\n  $ mplan diff v1.0 v1.1 plans/2027\n  $ mplan diff main --fail-on-new        # CI: 新しいエラーで失敗させる\n\n終了コード: 0 比較完了（指摘が変わった場合も）、1 --fail-on-new 指定時に該当する新しい指摘あり、2 使い方の誤り・クローンにないリビジョン（浅いクローンでは fetch-depth: 0）・内部エラー。',
  },
  'help-init': {
    en: 'start a new plan: a small, commented plan with one document of each kind, editor schemas and VS Code settings',
    ja: '新しい計画を始めます。各種類のドキュメントを 1 つずつ含むコメント付きの小さな計画と、エディタ用のスキーマ・VS Code 設定を作成します',
  },
  'help-init-arg-dir': {
    en: 'folder to create the plan in (default: the current folder)',
    ja: '計画を作成するフォルダ（既定: 現在のフォルダ）',
  },
  'help-init-opt-locale': {
    en: 'language of the starter plan and its comments',
    ja: 'ひな形の計画とコメントの言語',
  },
  'help-init-examples': {
    en: 'Examples:\n  $ mplan init my-plan\n  $ mplan init my-plan --locale ja\n\nNothing is overwritten: if any file it would write exists, init stops and writes nothing (exit 2).',
    ja: '例:\n  $ mplan init my-plan\n  $ mplan init my-plan --locale ja\n\n既存のファイルは上書きしません。書き込む予定のファイルが 1 つでも存在すると、何も書かずに終了します（終了コード 2）。',
  },
  'help-schema': {
    en: 'write the JSON Schemas of the plan format, for editors (VS Code YAML, JetBrains, any yaml-language-server client)',
    ja: '計画ファイルの JSON Schema を書き出します（VS Code の YAML 拡張など yaml-language-server 対応エディタ向け）',
  },
  'help-schema-opt-out': {
    en: 'folder to write the schemas to (default: .mplan/schemas at the plan root)',
    ja: 'スキーマを書き出すフォルダ（既定: 計画ルートの .mplan/schemas）',
  },
  'help-schema-examples': {
    en: 'Examples:\n  $ mplan schema --out .mplan/schemas\n\nThen point your editor at .mplan/schemas/mplan.schema.json for **/*.yaml (see docs/editors.md).\nExisting schema files in the folder are replaced; nothing else is touched.',
    ja: '例:\n  $ mplan schema --out .mplan/schemas\n\nエディタで **/*.yaml に .mplan/schemas/mplan.schema.json を割り当ててください（docs/editors.md を参照）。\nフォルダ内の既存のスキーマファイルは置き換えられます。それ以外のファイルには触れません。',
  },
  'help-fmt': {
    en: 'rewrite plan files in one canonical layout (key order as in the schemas, 2-space indentation), keeping every comment and value',
    ja: '計画ファイルを統一した書式に整えます（スキーマの項目順、2 スペースのインデント）。コメントと値はすべてそのまま残します',
  },
  'help-fmt-opt-check': {
    en: 'change nothing; list the files that are not formatted and exit 1 if there are any (for CI)',
    ja: '何も変更せず、整形が必要なファイルを一覧表示します。1 つでもあれば終了コード 1（CI 向け）',
  },
  'help-fmt-examples': {
    en: 'Examples:\n  $ mplan fmt\n  $ mplan fmt --check        # in CI\n\nFiles with YAML errors are left untouched and reported (exit 1): fix them first (`mplan validate`).',
    ja: '例:\n  $ mplan fmt\n  $ mplan fmt --check        # CI で\n\nYAML の誤りがあるファイルは変更せずに報告します（終了コード 1）。先に `mplan validate` で直してください。',
  },
  'help-test-rules': {
    en: "test the plan's own rules (lint.custom and lint.plugins) against fixture plans, like ESLint's RuleTester",
    ja: '計画独自のルール（lint.custom と lint.plugins）を、テスト用の小さな計画で検証します（ESLint の RuleTester と同様）',
  },
  'help-test-rules-arg-dir': {
    en: 'the plan folder (its rules-tests/ folder is used), a tests folder, or one rule\'s folder (default: the current folder)',
    ja: '計画フォルダ（その中の rules-tests/ を使用）、テストフォルダ、または 1 つのルールのフォルダ（既定: 現在のフォルダ）',
  },
  'help-test-rules-opt-rule': {
    en: 'only test this rule (repeatable)',
    ja: 'このルールだけをテストします（繰り返し指定可）',
  },
  'help-test-rules-opt-lang': {
    en: 'language of messages: en or ja',
    ja: 'メッセージの言語: en または ja',
  },
  'help-test-rules-examples': {
    en: [
      'Layout:',
      '  rules-tests/<rule-id>/valid/<case>/*.yaml     must give no finding of the rule',
      '  rules-tests/<rule-id>/invalid/<case>/*.yaml   must give exactly the expected findings',
      'An invalid case lists them in expected.yaml (- { rule, file, line, column?, messageId? })',
      'or marks the offending lines with `# expect: <rule-id>`. A case without an mplan.yaml',
      'gets a minimal Plan. Add `rules-tests/**` to lint.ignore in mplan.yaml.',
      '',
      'Examples:',
      '  $ mplan test-rules',
      '  $ mplan test-rules examples/policies --rule big-budget-needs-cfo',
      '',
      'Exit codes: 0 every case passed, 1 a case failed, 2 no cases found or usage error.',
    ].join('\n'),
    ja: [
      '配置:',
      '  rules-tests/<ルールid>/valid/<ケース>/*.yaml     そのルールの指摘が出ないこと',
      '  rules-tests/<ルールid>/invalid/<ケース>/*.yaml   期待どおりの指摘だけが出ること',
      'invalid のケースは期待する指摘を expected.yaml（- { rule, file, line, column?, messageId? }）に書くか、',
      '該当行に `# expect: <ルールid>` コメントを付けます。mplan.yaml のないケースには最小限の Plan を補います。',
      'mplan.yaml の lint.ignore に `rules-tests/**` を追加してください。',
      '',
      '例:',
      '  $ mplan test-rules',
      '  $ mplan test-rules examples/policies --rule big-budget-needs-cfo',
      '',
      '終了コード: 0 全ケース成功、1 失敗したケースあり、2 ケースが見つからない・使い方の誤り。',
    ].join('\n'),
  },
  'help-rules-opt-format': {
    en: 'text or json',
    ja: '出力形式: text または json',
  },
  // ── commander's own words, as it prints them in English ───────────────────
  'help-commander-choices-default': {
    en: '(choices: {{choices}}, default: {{default}})',
    ja: '（選択肢: {{choices}}、既定: {{default}}）',
  },
  'help-commander-choices': {
    en: '(choices: {{choices}})',
    ja: '（選択肢: {{choices}}）',
  },
  'help-commander-default': {
    en: '(default: {{default}})',
    ja: '（既定: {{default}}）',
  },
  'help-commander-help-command': {
    en: 'display help for command',
    ja: 'コマンドのヘルプを表示します',
  },
  'help-commander-usage': {
    en: 'Usage:',
    ja: '使い方:',
  },
  'help-commander-arguments': {
    en: 'Arguments:',
    ja: '引数:',
  },
  'help-commander-options': {
    en: 'Options:',
    ja: 'オプション:',
  },
  'help-commander-commands': {
    en: 'Commands:',
    ja: 'コマンド:',
  },
  'help-commander-unknown-option': {
    en: "error: unknown option '{{option}}'",
    ja: 'エラー: `{{option}}` というオプションはありません',
  },
  'help-commander-unknown-command': {
    en: "error: unknown command '{{command}}'",
    ja: 'エラー: `{{command}}` というコマンドはありません',
  },
  'help-commander-missing-argument': {
    en: "error: missing required argument '{{argument}}'",
    ja: 'エラー: 引数 <{{argument}}> を指定してください',
  },
  'help-commander-option-missing': {
    en: "error: option '{{option}}' argument missing",
    ja: 'エラー: オプション {{option}} の値を指定してください',
  },
  'help-commander-option-invalid': {
    en: "error: option '{{option}}' argument '{{value}}' is invalid. Allowed choices are {{choices}}.",
    ja: 'エラー: オプション {{option}} に `{{value}}` は使えません。{{choices}} のいずれかを指定してください。',
  },
  'help-commander-too-many-arguments-for': {
    en: "error: too many arguments for '{{command}}'. Expected {{expected}} arguments but got {{got}}.",
    ja: 'エラー: `{{command}}` の引数が多すぎます（{{expected}} 個まで、指定は {{got}} 個）。',
  },
  'help-commander-too-many-arguments': {
    en: 'error: too many arguments. Expected {{expected}} arguments but got {{got}}.',
    ja: 'エラー: 引数が多すぎます（{{expected}} 個まで、指定は {{got}} 個）。',
  },
  'help-commander-did-you-mean': {
    en: '(Did you mean {{suggestion}}?)',
    ja: '（{{suggestion}} のことですか？）',
  },
  'help-lsp': {
    en: 'run the language server: live findings, go to definition, references, completion of ids and rename in any editor that speaks LSP (see docs/editors.md)',
    ja: '言語サーバーを起動します。LSP に対応したエディタで、チェック結果の表示、定義への移動、参照の検索、id の補完、名前の変更が使えます（docs/editors.md を参照）',
  },
  'help-lsp-opt-stdio': {
    en: 'talk over stdin and stdout (the default; editors pass it)',
    ja: '標準入出力で通信します（既定。エディタが指定します）',
  },
  'help-lsp-elsewhere': {
    en: 'mplan lsp is started by bin/mplan.js (`mplan lsp --stdio`), not from here.',
    ja: 'mplan lsp は bin/mplan.js から起動します（`mplan lsp --stdio`）。',
  },
  'help-rename': {
    en: 'change an id everywhere: the entity (or journey stage) and every reference to it, in every plan file; comments and layout stay as they are',
    ja: 'id を計画全体で変更します。対象（またはジャーニーのステージ）とそれを参照するすべての箇所を、すべての計画ファイルで書き換えます。コメントや書式はそのまま残します',
  },
  'help-rename-arg-old': {
    en: 'the id to change (a stage: journey-id/stage-id)',
    ja: '変更する id（ステージは journey-id/stage-id）',
  },
  'help-rename-arg-new': {
    en: 'the new id (lower-case letters, digits and hyphens)',
    ja: '新しい id（半角の英小文字・数字・ハイフン）',
  },
  'help-rename-opt-dry-run': {
    en: 'show what would change, write nothing',
    ja: '変更点を表示するだけで、何も書き込みません',
  },
  'help-rename-examples': {
    en: 'Examples:\n  $ mplan rename marketing-ops growth-ops\n  $ mplan rename expo-visitor/nurture expo-visitor/follow-up --dry-run',
    ja: '例:\n  $ mplan rename marketing-ops growth-ops\n  $ mplan rename expo-visitor/nurture expo-visitor/follow-up --dry-run',
  },
} satisfies Record<string, MessageText>;

export type HelpId = keyof typeof HELP_MESSAGES;
