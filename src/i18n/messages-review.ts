import type { MessageText } from './types.js';

/** Messages of the review commands (ids must not clash with core-messages.ts). */
export const REVIEW_MESSAGES: Record<string, MessageText> = {
  // ── mplan diff: headings ────────────────────────────────────────────
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

  // ── mplan diff: entities ────────────────────────────────────────────
  'review-entity-added': { en: '{{kind}} {{id}}{{name}} added', ja: '{{kind|kind}} {{id}}{{name}} を追加' },
  'review-entity-removed': { en: '{{kind}} {{id}}{{name}} removed', ja: '{{kind|kind}} {{id}}{{name}} を削除' },
  'review-entity-unknown': {
    en: '{{kind}} {{id}}{{name}} is missing on one side, whose files did not all parse',
    ja: '{{kind|kind}} {{id}}{{name}} は片方にありません（その側のファイルを一部読み込めませんでした）',
  },
  'review-entity-prefix': { en: '{{kind}} {{id}}: ', ja: '{{kind|kind}} {{id}}: ' },

  // ── mplan diff: field changes ───────────────────────────────────────
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

  // ── git (exit code 2) ───────────────────────────────────────────────
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

  // ── baselines ───────────────────────────────────────────────────────
  'baseline-unreadable': { en: 'Could not read the baseline file {{file}}: {{reason|reason}}.', ja: 'ベースラインファイル {{file}} を読み込めませんでした: {{reason|reason}}。' },
  'baseline-unreadable.hint': {
    en: 'Create it with `mplan lint --write-baseline {{file}}` and commit it.',
    ja: '`mplan lint --write-baseline {{file}}` で作成し、コミットしてください。',
  },
  'baseline-invalid': { en: '{{file}} is not an mplan baseline: {{detail}}.', ja: '{{file}} は mplan のベースラインファイルではありません: {{detail}}。' },
  'baseline-invalid.hint': {
    en: 'Write it again with `mplan lint --write-baseline {{file}}` (entries keep their `until`, `owner` and `reason`).',
    ja: '`mplan lint --write-baseline {{file}}` で書き直してください（各項目の `until`・`owner`・`reason` は引き継がれます）。',
  },
  'baseline-written': { en: 'Wrote {{count}} findings to the baseline {{file}}.', ja: 'ベースライン {{file}} に指摘 {{count}} 件を書き込みました。' },
  'baseline-pruned': { en: 'Removed {{count}} stale entries from the baseline {{file}}.', ja: 'ベースライン {{file}} から不要になった項目 {{count}} 件を削除しました。' },
  'baseline-options-clash': {
    en: '{{a}} and {{b}} cannot be used together.',
    ja: '{{a}} と {{b}} は同時に指定できません。',
  },
  'baseline-stale': {
    en: 'This baseline entry ({{rule}} on {{entity}}) no longer matches any finding: the gap was fixed, or the finding changed.',
    ja: 'このベースライン項目（{{entity}} の {{rule}}）に当てはまる指摘はもうありません。抜け漏れが解消されたか、指摘の内容が変わりました。',
  },
  'baseline-stale.hint': {
    en: 'Remove it with `mplan lint --baseline {{file}} --prune-baseline`, so the baseline shrinks as gaps are fixed.',
    ja: '`mplan lint --baseline {{file}} --prune-baseline` で削除してください。抜け漏れが解消されるにつれてベースラインが小さくなります。',
  },
  'baseline-bad-until': {
    en: '`until: {{value}}` in this baseline entry is not a date written YYYY-MM-DD, so the entry never expires.',
    ja: 'このベースライン項目の `until: {{value}}` は YYYY-MM-DD 形式の日付ではないため、期限切れになりません。',
  },
  'baseline-bad-until.hint': { en: 'Write the last day the debt is accepted, e.g. `until: 2027-06-30`.', ja: '負債を受け入れる最終日を書いてください（例: `until: 2027-06-30`）。' },

  // ── debt (until / owner) ────────────────────────────────────────────
  'debt-expired': {
    en: 'Accepted as debt until {{until}}, owned by `{{owner}}`: that date has passed, so this finding counts again as an error.',
    ja: '{{until}} までの負債として受け入れていましたが（担当: `{{owner}}`）、期限を過ぎたためエラーとして扱います。',
  },
  'debt-expired.hint': {
    en: '`{{owner}}` owns this: fix the gap, or agree a new date and change `until:` at {{source}}.',
    ja: '担当は `{{owner}}` です。抜け漏れを解消するか、新しい期限を合意して {{source}} の `until:` を更新してください。',
  },
  'debt-expired-unowned': {
    en: 'Accepted as debt until {{until}}: that date has passed, so this finding counts again as an error.',
    ja: '{{until}} までの負債として受け入れていましたが、期限を過ぎたためエラーとして扱います。',
  },
  'debt-expired-unowned.hint': {
    en: 'Fix the gap, or agree a new date and change `until:` at {{source}} (add `owner: <role-id>` so someone answers for it).',
    ja: '抜け漏れを解消するか、新しい期限を合意して {{source}} の `until:` を更新してください（責任を持つ役割を `owner: <役割id>` で書いてください）。',
  },
  'debt-expired.source': { en: 'accepted as debt until {{until}} here', ja: 'ここで {{until}} までの負債として受け入れています' },
  'debt-owner-unknown': {
    en: 'The debt owner `{{owner}}` is not a role of this plan.',
    ja: '負債の担当 `{{owner}}` はこの計画の役割（Role）にありません。',
  },
  'debt-owner-unknown.hint': {
    en: 'Write the id of a Role document (e.g. `owner: cmo`), so the reminder reaches someone.',
    ja: 'Role ドキュメントの id を書いてください（例: `owner: cmo`）。期限切れの通知が担当者に届くようにするためです。',
  },
  'suppression-bad-until': {
    en: '`until: {{value}}` in this suppression is not a date written YYYY-MM-DD, so it never expires.',
    ja: 'この抑制コメントの `until: {{value}}` は YYYY-MM-DD 形式の日付ではないため、期限切れになりません。',
  },
  'suppression-bad-until.hint': {
    en: 'Write the last day the debt is accepted: `-- reason (until: 2027-06-30, owner: cmo)`.',
    ja: '負債を受け入れる最終日を書いてください: `-- 理由 (until: 2027-06-30, owner: cmo)`',
  },
};
