import type { MessageText } from './types.js';

/**
 * The words of the finding formats (src/formatters/): severities, the summary line, the
 * markdown report's headings and columns. The findings themselves come from the other
 * catalogs and the rules.
 */
export const OUTPUT_MESSAGES: Record<string, MessageText> = {
  'output-severity-error': {
    en: 'error',
    ja: 'エラー',
  },
  'output-severity-warn': {
    en: 'warn',
    ja: '警告',
  },
  'output-severity-info': {
    en: 'info',
    ja: '情報',
  },
  'output-hint': {
    en: 'hint',
    ja: 'ヒント',
  },
  'output-see': {
    en: 'see',
    ja: '参照',
  },
  // A related place's note after its location: "(first definition)".
  'output-aside': {
    en: ' ({{note}})',
    ja: '（{{note}}）',
  },
  'output-problems': {
    en: '{{count|plural:problem}} ({{errors|plural:error}}, {{warnings|plural:warning}}, {{infos}} info)',
    ja: '{{count}} 件の指摘（エラー {{errors}} 件、警告 {{warnings}} 件、情報 {{infos}} 件）',
  },
  'output-clean': {
    en: 'No problems found in {{files|plural:file}} ({{entities|plural:entity/entities}}).',
    ja: '{{files}} ファイル（{{entities}} 件の定義）に問題は見つかりませんでした。',
  },
  'output-health': {
    en: 'Plan health',
    ja: '計画の健全性',
  },
  // ── markdown ───────────────────────────────────────────────────────────
  'output-findings': {
    en: 'Findings',
    ja: '指摘',
  },
  'output-col-rule': {
    en: 'Rule',
    ja: 'ルール',
  },
  'output-col-severity': {
    en: 'Severity',
    ja: '重要度',
  },
  'output-col-count': {
    en: 'Count',
    ja: '件数',
  },
  'output-col-location': {
    en: 'Location',
    ja: '場所',
  },
  'output-col-message': {
    en: 'Message',
    ja: 'メッセージ',
  },
  'output-col-figure': {
    en: 'Figure',
    ja: '指標',
  },
  'output-col-share': {
    en: 'Share',
    ja: '割合',
  },
  'output-more': {
    en: 'Showing the first {{shown}} of {{total}} findings; run `mplan lint` locally to see them all.',
    ja: '{{total}} 件のうち最初の {{shown}} 件を表示しています。すべて見るには手元で `mplan lint` を実行してください。',
  },
};
