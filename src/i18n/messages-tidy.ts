import type { MessageText } from './types.js';

/**
 * `mplan fmt` (src/tidy/): what it did to each file, files it leaves alone, the summary line.
 * Keys are stable message ids (an error code is also the `rule` of its finding); a hint
 * ends in `.hint`, a short title (SARIF) in `.title`.
 */
export const TIDY_MESSAGES: Record<string, MessageText> = {
  'fmt-not-text': {
    en: 'not saved as UTF-8 text (perhaps Shift_JIS, Latin-1 or UTF-16), so mplan fmt left it exactly as it is: save it as UTF-8 in your editor, then run `mplan fmt` again (`mplan lint` shows where).',
    ja: 'UTF-8 のテキストとして保存されていない（Shift_JIS、Latin-1、UTF-16 などの）ため、mplan fmt は一切変更していません。エディタで UTF-8 として保存し直してから、もう一度 `mplan fmt` を実行してください（場所は `mplan lint` で確認できます）。',
  },
  'fmt-unsafe': {
    en: 'mplan fmt cannot lay this file out without changing a value or a comment, so it left the file as it is (nothing to fix).',
    ja: 'このファイルは値やコメントを変えずに整形できないため、mplan fmt は変更せずにそのまま残しました（修正は不要です）。',
  },
  'tidy-formatted': {
    en: 'formatted',
    ja: '整形しました',
  },
  'tidy-unformatted': {
    en: 'not formatted',
    ja: '整形が必要です',
  },
  'tidy-yaml-errors': {
    en: 'has YAML errors, left as it is (run `mplan validate`)',
    ja: 'YAML の誤りがあるため変更していません（`mplan validate` を実行してください）',
  },
  'tidy-clean': {
    en: 'All {{n}} files are formatted.',
    ja: '{{n}} ファイルすべて整形済みです。',
  },
  'tidy-summary-write': {
    en: '{{n}} files formatted.',
    ja: '{{n}} ファイルを整形しました。',
  },
  'tidy-summary-write-one': {
    en: '1 file formatted.',
    ja: '1 ファイルを整形しました。',
  },
  'tidy-summary-check': {
    en: '{{n}} files need `mplan fmt`.',
    ja: '{{n}} ファイルに `mplan fmt` が必要です。',
  },
  'tidy-summary-check-one': {
    en: '1 file needs `mplan fmt`.',
    ja: '1 ファイルに `mplan fmt` が必要です。',
  },
};
