import type { MessageText } from './types.js';

/** Messages of the leftovers branch (a broken mplan.yaml's lint settings). Ids must not clash with core-messages.ts. */
export const LEFTOVERS_MESSAGES: Record<string, MessageText> = {
  'config-unreadable': {
    en: 'The `lint:` settings could not be read because of the YAML error in this file, so no lint rule was run: mplan cannot tell which rules you turned off or changed.',
    ja: 'このファイルの YAML の誤りのため `lint:` の設定を読み取れませんでした。どのルールをオフにしたか・重大度を変えたかが分からないため、lint ルールは実行していません。',
  },
  'config-unreadable.hint': {
    en: 'Fix the YAML error first (check the indentation of `lint:` and of the lines above it): the next run reads your settings and runs the rules again.',
    ja: 'まず YAML の誤りを直してください（`lint:` とその上の行の字下げを確認してください）。次回の実行で設定を読み取り、ルールをあらためて実行します。',
  },
};
