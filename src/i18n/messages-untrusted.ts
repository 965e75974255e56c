import type { MessageText } from './types.js';

/** Messages of the untrusted-repository and no-hang checks (plugins, cache trust, file reading limits, output caps). */
export const UNTRUSTED_MESSAGES: Record<string, MessageText> = {
  'symlink-outside': {
    en: 'This link leads to a folder outside the plan folder ({{target}}), so it was not read.',
    ja: 'このリンクは計画フォルダの外のフォルダ（{{target}}）を指しているため、読み込みませんでした。',
  },
  'symlink-outside.hint': {
    en: 'Move or copy those files into the plan folder, or add the link to `lint.ignore` in mplan.yaml.',
    ja: 'ファイルを計画フォルダの中に移すかコピーするか、リンクを mplan.yaml の `lint.ignore` に追加してください。',
  },
};
