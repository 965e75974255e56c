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
  'render-template-unreadable': {
    en: 'This template cannot be used ({{reason|reason}}).',
    ja: 'このテンプレートは使えません（{{reason|reason}}）。',
  },
  'render-template-unreadable.hint': {
    en: 'A template must be an ordinary text file (.hbs) of at most 2 MB.',
    ja: 'テンプレートは 2 MB 以下の通常のテキストファイル（.hbs）にしてください。',
  },
  'render-template-outside': {
    en: 'This template is a link to a file outside the plan repository ({{target}}), so it was not used.',
    ja: 'このテンプレートは計画リポジトリの外のファイル（{{target}}）へのリンクのため、使いませんでした。',
  },
  'render-template-outside.hint': {
    en: 'Templates and partials are read only from the plan repository\'s templates/ folder: copy the file there instead of linking to it.',
    ja: 'テンプレートとパーシャルは計画リポジトリの templates/ フォルダからのみ読み込みます。リンクではなくファイルをコピーしてください。',
  },
};
