import type { MessageText } from './types.js';

/**
 * Building the model (src/model/): ids, stage ids, the Plan document, references between
 * documents and the plan's dates.
 * Keys are stable message ids (an error code is also the `rule` of its finding); a hint
 * ends in `.hint`, a short title (SARIF) in `.title`.
 */
export const MODEL_MESSAGES: Record<string, MessageText> = {
  'id-missing': {
    en: 'This {{kind}} has no `id:`.',
    ja: 'この{{kind|kind}}には `id:` がありません。',
  },
  'id-missing.hint': {
    en: 'Add a short id in lower-case kebab case, e.g. `id: {{example}}`; other files refer to it by this id.',
    ja: '小文字のケバブケースで短い id を付けてください（例: `id: {{example}}`）。他のファイルはこの id で参照します。',
  },
  'id-missing.title': {
    en: 'A document without `id:`',
    ja: '`id:` のない文書',
  },
  'id-invalid': {
    en: 'The id `{{id}}` is not lower-case kebab case.',
    ja: 'id `{{id}}` が小文字のケバブケースになっていません。',
  },
  'id-invalid.hint': {
    en: 'Use only a-z, 0-9 and hyphens, starting with a letter or digit, e.g. `{{suggestion}}`.',
    ja: '半角英小文字・数字・ハイフンだけを使い、英字か数字で始めてください（例: `{{suggestion}}`）。',
  },
  'id-invalid.title': {
    en: 'An id mplan cannot use',
    ja: '使えない id',
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
  'id-duplicate.related-again': {
    en: 'used again here',
    ja: 'ここでも使われています',
  },
  'id-duplicate.title': {
    en: 'The same id used twice',
    ja: '二重に使われている id',
  },
  'stage-id-duplicate': {
    en: 'Journey `{{journey}}` has two stages with the id `{{id}}`.',
    ja: 'カスタマージャーニー `{{journey}}` に id が `{{id}}` のステージが 2 つあります。',
  },
  'stage-id-duplicate.hint': {
    en: 'Give each stage of a journey its own id; KPIs and initiatives refer to stages as `{{journey}}/<stage-id>`.',
    ja: 'ステージごとに別の id を付けてください。KPI や施策はステージを `{{journey}}/<ステージid>` で参照します。',
  },
  'stage-id-duplicate.title': {
    en: 'The same stage id twice in a journey',
    ja: 'ジャーニー内で重複するステージ id',
  },
  'plan-missing': {
    en: 'mplan.yaml must describe the plan itself (`kind: Plan`), but no Plan document was found.',
    ja: 'mplan.yaml には計画そのもの（`kind: Plan`）を書く必要がありますが、Plan のドキュメントが見つかりません。',
  },
  'plan-missing.hint': {
    en: 'Add `kind: Plan`, `id`, `name` and `version: 1` to mplan.yaml.',
    ja: 'mplan.yaml に `kind: Plan`、`id`、`name`、`version: 1` を書いてください。',
  },
  'plan-missing.title': {
    en: 'No Plan document',
    ja: '計画（Plan）文書がない',
  },
  'plan-duplicate': {
    en: 'A plan has exactly one `kind: Plan` document; another one is at {{otherFile}}:{{otherLine}}.',
    ja: '`kind: Plan` のドキュメントは 1 つだけにしてください（{{otherFile}}:{{otherLine}} にもあります）。',
  },
  'plan-duplicate.hint': {
    en: 'Keep the Plan in mplan.yaml and remove the other one.',
    ja: 'Plan は mplan.yaml に残し、もう一方を削除してください。',
  },
  'plan-duplicate.title': {
    en: 'More than one Plan document',
    ja: '複数の計画（Plan）文書',
  },
  'ref-unresolved': {
    en: '`{{field}}` refers to `{{target}}`, but the plan has no {{expected|kind}} with that id.',
    ja: '`{{field}}` が `{{target}}` を参照していますが、その id の{{expected|kind}}は計画にありません。',
  },
  'ref-unresolved.hint': {
    en: 'Check the spelling, or add the {{expected|kind}} it should point at.',
    ja: '綴りを確認するか、参照先の{{expected|kind}}を追加してください。',
  },
  'ref-unresolved.title': {
    en: 'A reference to an id that does not exist',
    ja: '存在しない id への参照',
  },
  'ref-stage-unresolved': {
    en: '`{{field}}` refers to stage `{{target}}`, but journey `{{journey}}` has no stage `{{stage}}`.',
    ja: '`{{field}}` がステージ `{{target}}` を参照していますが、カスタマージャーニー `{{journey}}` にステージ `{{stage}}` はありません。',
  },
  'ref-stage-unresolved.hint': {
    en: 'Its stages are: {{stages}}.',
    ja: 'このジャーニーのステージ: {{stages}}',
  },
  'ref-stage-unresolved.title': {
    en: 'A reference to a stage that does not exist',
    ja: '存在しないステージへの参照',
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
  'ref-wrong-kind.title': {
    en: 'A reference to the wrong kind of document',
    ja: '種類の違う文書への参照',
  },
  'hint-kinds': {
    en: 'Use one of {{kinds}}.',
    ja: '{{kinds}} のいずれかを使ってください。',
  },
  'period-reversed': {
    en: 'The plan period ends on {{end}}, before it starts on {{start}}.',
    ja: '計画期間の終了日（{{end}}）が開始日（{{start}}）より前になっています。',
  },
  'period-reversed.hint': {
    en: 'Swap the two dates if they were typed the wrong way round: `start` is the first day of the plan, `end` the last. Until they are in order, mplan does not compare other dates with the plan period.',
    ja: '逆に入力した場合は 2 つの日付を入れ替えてください。`start` は計画の初日、`end` は最終日です。順序が正しくなるまで、ほかの日付を計画期間と照らし合わせる確認は行いません。',
  },
  'period-reversed.title': {
    en: 'A plan period that ends before it starts',
    ja: '終了が開始より前の計画期間',
  },
  'roadmap-phase-reversed': {
    en: 'Roadmap phase `{{phase}}` ends on {{end}}, before it starts on {{start}}.',
    ja: 'ロードマップのフェーズ `{{phase}}` の終了日（{{end}}）が開始日（{{start}}）より前になっています。',
  },
  'roadmap-phase-reversed.hint': {
    en: 'Swap the phase\'s `start` and `end` if they were typed the wrong way round. Until they are in order, mplan does not check this phase against the plan period, the other phases or its initiatives.',
    ja: '逆に入力した場合はフェーズの `start` と `end` を入れ替えてください。順序が正しくなるまで、このフェーズと計画期間・ほかのフェーズ・施策との照合は行いません。',
  },
  'roadmap-phase-reversed.title': {
    en: 'A roadmap phase that ends before it starts',
    ja: '終了が開始より前のロードマップのフェーズ',
  },
  'ref-unchecked': {
    en: 'References from other files to ids written here could not be checked, because this file has a YAML error ({{count}} in all; the first: `{{target}}` in {{from}}).',
    ja: 'このファイルに YAML の誤りがあるため、ここに書かれた id へのほかのファイルからの参照を確認できませんでした（計 {{count}} 件。最初の参照: {{from}} の `{{target}}`）。',
  },
  'ref-unchecked.hint': {
    en: 'Fix the YAML error in this file first: the next run checks those references again.',
    ja: 'まずこのファイルの YAML の誤りを直してください。次回の実行でそれらの参照をあらためて確認します。',
  },
  'ref-unchecked.related': {
    en: 'refers to `{{target}}`',
    ja: '`{{target}}` を参照しています',
  },
  'ref-unchecked.title': {
    en: 'References into a file that did not parse',
    ja: '読み込めなかったファイルへの参照',
  },
};
