import type { MessageText } from './types.js';

/**
 * `mplan diff` and `lint --since` (src/diff/): the text of a diff report and the git errors.
 * Keys are stable message ids (an error code is also the `rule` of its finding); a hint
 * ends in `.hint`, a short title (SARIF) in `.title`.
 */
export const DIFF_MESSAGES: Record<string, MessageText> = {
  'review-title': { en: 'mplan diff {{base}} → {{head}}', ja: 'mplan diff {{base}} → {{head}}' },
  'review-worktree': { en: 'working tree', ja: '作業ツリー' },
  'review-summary': {
    en: 'entities: {{changed}} changed, {{added}} added, {{removed}} removed · findings: {{introduced}} new (errors: {{errors}}), {{resolved}} resolved',
    ja: '変更 {{changed}} 件・追加 {{added}} 件・削除 {{removed}} 件 · 新しい指摘 {{introduced}} 件（うちエラー {{errors}} 件）・解消 {{resolved}} 件',
  },
  'review-no-changes': { en: 'No change to the content of the plan.', ja: '計画の内容に変更はありません。' },
  'review-h-added': { en: 'Added', ja: '追加' },
  'review-h-removed': { en: 'Removed', ja: '削除' },
  'review-h-changed': { en: 'Changed', ja: '変更' },
  'review-h-unknown': { en: 'Not compared (their side did not parse)', ja: '比較できなかったもの（読み込めなかった側）' },
  'review-h-introduced': { en: 'New findings', ja: '新しい指摘' },
  'review-h-resolved': { en: 'Resolved findings', ja: '解消した指摘' },
  'review-h-health': { en: 'Plan health', ja: '計画の健全性' },
  'review-col-figure': { en: 'Figure', ja: '指標' },
  'review-col-before': { en: 'Before', ja: '変更前' },
  'review-col-after': { en: 'After', ja: '変更後' },
  'review-side-missing': {
    en: 'There is no plan (no mplan.yaml) at {{side}}.',
    ja: '{{side}} には計画（mplan.yaml）がありません。',
  },
  'review-side-moved': {
    en: 'The plan folder moved from {{before}} to {{after}}; entities are matched by id, so this alone changes nothing.',
    ja: '計画フォルダが {{before}} から {{after}} に移動しました。id で照合するため、移動だけでは変更として扱いません。',
  },
  'review-side-unparsable': {
    en: 'The plan at {{side}} could not be read completely ({{count}} problems); the comparison covers only what could be read',
    ja: '{{side}} の計画を一部読み込めませんでした（問題 {{count}} 件）。比較は読み込めた範囲だけです',
  },
  'review-entity-added': { en: '{{kind}} {{id}}{{name}} added', ja: '{{kind|kind}} {{id}}{{name}} を追加' },
  'review-entity-removed': { en: '{{kind}} {{id}}{{name}} removed', ja: '{{kind|kind}} {{id}}{{name}} を削除' },
  'review-entity-unknown': {
    en: '{{kind}} {{id}}{{name}} is missing on one side, whose files did not all parse',
    ja: '{{kind|kind}} {{id}}{{name}} は片方にありません（その側のファイルを一部読み込めませんでした）',
  },
  'review-entity-prefix': { en: '{{kind}} {{id}}: ', ja: '{{kind|kind}} {{id}}: ' },
  'review-value': { en: '{{field}} {{before}} → {{after}}', ja: '{{field}} を {{before}} → {{after}} に変更' },
  'review-set': { en: '{{field}} set to {{after}}', ja: '{{field}} を {{after}} に設定' },
  'review-unset': { en: '{{field}} removed (was {{before}})', ja: '{{field}} を削除（変更前: {{before}}）' },
  'review-owner-set': { en: '{{field}} is now {{after}} (there was none)', ja: '{{field}} に {{after}} を設定（これまで未設定）' },
  'review-owner-lost': { en: 'lost its {{field}} (was {{before}})', ja: '{{field}} が未設定になりました（変更前: {{before}}）' },
  'review-text-changed': { en: '{{field}} rewritten', ja: '{{field}} の文章を変更' },
  'review-list-added': { en: '{{field}}: added {{items}}', ja: '{{field}} に {{items}} を追加' },
  'review-list-removed': { en: '{{field}}: removed {{items}}', ja: '{{field}} から {{items}} を削除' },
  'review-list-reordered': { en: '{{field}} reordered: {{before}} → {{after}}', ja: '{{field}} の順序を変更: {{before}} → {{after}}' },
  'review-item-added': { en: '{{field}}: new entry {{item}}', ja: '{{field}} に {{item}} を追加' },
  'review-item-removed': { en: '{{field}}: entry {{item}} removed', ja: '{{field}} から {{item}} を削除' },
  'review-kind-changed': { en: 'kind changed from {{before}} to {{after}}', ja: 'kind を {{before}} から {{after}} に変更' },
  'review-target': { en: 'target {{before}} → {{after}} by {{date}}', ja: 'target を {{before}} → {{after}} に変更（期限 {{date}}）' },
  'review-target-date': { en: 'target {{value}} now due {{after}} (was {{before}})', ja: 'target {{value}} の期限を {{before}} → {{after}} に変更' },
  'review-target-both': {
    en: 'target {{before}} by {{dateBefore}} → {{after}} by {{dateAfter}}',
    ja: 'target を {{before}}（期限 {{dateBefore}}）→ {{after}}（期限 {{dateAfter}}）に変更',
  },
  'review-baseline': { en: 'baseline {{before}} → {{after}} (as of {{date}})', ja: 'baseline を {{before}} → {{after}} に変更（{{date}} 時点）' },
  'review-baseline-date': { en: 'baseline {{value}} now as of {{after}} (was {{before}})', ja: 'baseline {{value}} の基準日を {{before}} → {{after}} に変更' },
  'review-baseline-both': {
    en: 'baseline {{before}} as of {{dateBefore}} → {{after}} as of {{dateAfter}}',
    ja: 'baseline を {{before}}（{{dateBefore}} 時点）→ {{after}}（{{dateAfter}} 時点）に変更',
  },
  'review-git-missing': {
    en: 'git is not installed (or not on the PATH); `mplan diff` and `mplan lint --since` read the plan history with it.',
    ja: 'git がインストールされていません（または PATH にありません）。`mplan diff` と `mplan lint --since` は git で計画の履歴を読みます。',
  },
  'review-git-missing.hint': {
    en: 'Install git, or use `mplan lint --baseline <file>`, which needs no history.',
    ja: 'git をインストールするか、履歴を使わない `mplan lint --baseline <ファイル>` を使ってください。',
  },
  'review-git-failed': { en: '`git {{args}}` failed: {{detail}}.', ja: '`git {{args}}` が失敗しました: {{detail}}。' },
  'review-not-repo': { en: '{{dir}} is not inside a git repository.', ja: '{{dir}} は git リポジトリの中にありません。' },
  'review-not-repo.hint': {
    en: 'Run this in a clone of the plan repository, or use `mplan lint --baseline <file>`, which needs no history.',
    ja: '計画リポジトリのクローンの中で実行するか、履歴を使わない `mplan lint --baseline <ファイル>` を使ってください。',
  },
  'review-rev-missing': { en: 'The revision `{{rev}}` is not in this repository.', ja: 'リビジョン `{{rev}}` はこのリポジトリにありません。' },
  'review-rev-missing.hint': {
    en: 'Check the name (`git branch -a`, `git log --oneline`), or fetch it first: `git fetch origin {{rev}}`.',
    ja: '名前を確認するか（`git branch -a`、`git log --oneline`）、先に取得してください: `git fetch origin {{rev}}`',
  },
  'review-rev-missing-shallow': {
    en: 'The revision `{{rev}}` is not in this clone: it is a shallow clone (only the latest commits were fetched, as CI does by default).',
    ja: 'リビジョン `{{rev}}` はこのクローンにありません。浅いクローン（CI の既定のように最新のコミットだけを取得したもの）です。',
  },
  'review-rev-missing-shallow.hint': {
    en: 'Fetch the history first: `git fetch --unshallow` (or `git fetch origin {{rev}}`). In GitHub Actions set `fetch-depth: 0` on actions/checkout; in GitLab CI set `GIT_DEPTH: 0`.',
    ja: '先に履歴を取得してください: `git fetch --unshallow`（または `git fetch origin {{rev}}`）。GitHub Actions では actions/checkout に `fetch-depth: 0` を、GitLab CI では `GIT_DEPTH: 0` を指定します。',
  },
  'review-no-merge-base': { en: '`{{a}}` and `{{b}}` have no common ancestor.', ja: '`{{a}}` と `{{b}}` に共通の祖先がありません。' },
  'review-no-merge-base.hint': {
    en: 'Compare two revisions directly (`mplan diff {{a}} {{b}}`), or fetch more history (`git fetch --unshallow`).',
    ja: '2 つのリビジョンを直接比較するか（`mplan diff {{a}} {{b}}`）、履歴を追加で取得してください（`git fetch --unshallow`）。',
  },
  'review-plan-ambiguous': {
    en: 'At `{{rev}}` several folders hold an mplan.yaml ({{dirs}}) and none of them is the plan here.',
    ja: '`{{rev}}` では複数のフォルダに mplan.yaml があり（{{dirs}}）、どれがこの計画か判断できません。',
  },
  'review-plan-ambiguous.hint': {
    en: 'Pass the plan folder as the last argument, e.g. `mplan diff {{rev}} plans/2027`.',
    ja: '計画フォルダを最後の引数で指定してください（例: `mplan diff {{rev}} plans/2027`）。',
  },
  'review-bad-today': {
    en: 'MPLAN_TODAY is `{{value}}`, which is not a date written YYYY-MM-DD.',
    ja: 'MPLAN_TODAY の値 `{{value}}` は YYYY-MM-DD 形式の日付ではありません。',
  },
  'review-no-commits': {
    en: 'This repository has no commit yet, so there is no `{{rev}}` to compare with.',
    ja: 'このリポジトリにはまだコミットがないため、比較する `{{rev}}` がありません。',
  },
  'review-no-commits.hint': {
    en: 'Commit the plan first (`git add -A && git commit -m "First plan"`); later changes can then be compared with it.',
    ja: '先に計画をコミットしてください（`git add -A && git commit -m "最初の計画"`）。以降の変更はそのコミットと比較できます。',
  },
};
