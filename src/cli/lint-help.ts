import type { Lang } from '../i18n/types.js';

/** Help texts of the lint options the review area adds (`--since`, baselines). */
export const REVIEW_LINT_HELP = {
  since: {
    en: 'report only findings that do not exist at this git revision (matched by rule and entity, not line)',
    ja: 'この git リビジョンには無かった指摘だけを表示します（行番号ではなくルールと対象で照合）',
  },
  baseline: {
    en: 'hide the findings recorded in this baseline file (JSON or YAML); entries past their `until:` date come back as errors',
    ja: 'このベースラインファイル（JSON または YAML）に記録された指摘を表示しません。`until:` の期限を過ぎた項目はエラーとして戻ります',
  },
  writeBaseline: {
    en: 'write every current finding to this baseline file and exit 0 (keeps the `until`, `owner` and `reason` of entries that still match)',
    ja: '現在のすべての指摘をこのベースラインファイルに書き出して終了します（終了コード 0。一致する項目の `until`・`owner`・`reason` は引き継ぎます）',
  },
  pruneBaseline: {
    en: 'with --baseline: remove the entries that no longer match any finding',
    ja: '--baseline と併用: どの指摘にも当てはまらなくなった項目を削除します',
  },
} satisfies Record<string, Record<Lang, string>>;
