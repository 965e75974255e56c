import type { MessageText } from './types.js';

/**
 * Messages of editing a plan for the user: the fixes `mplan lint --fix`
 * applies and the editor offers as quick fixes (src/edit/fixes.ts).
 */
export const EDIT_MESSAGES: Record<string, MessageText> = {
  'fix-reference': {
    en: 'Change “{{found}}” to “{{suggestion}}”',
    ja: '「{{found}}」を「{{suggestion}}」に直す',
  },
  'fix-fullwidth': {
    en: 'Retype “{{found}}” in half-width characters',
    ja: '「{{found}}」を半角で入力し直す',
  },
  'fix-thousands': {
    en: 'Write {{found}} without thousands commas: {{suggestion}}',
    ja: '{{found}} を桁区切りのカンマなしで {{suggestion}} と書く',
  },
  'fix-required-field': {
    en: 'Add the missing field “{{field}}” (fill in its value)',
    ja: '足りない項目「{{field}}」を追加する（値は記入してください）',
  },
  'fix-suppress': {
    en: 'Turn off {{rule}} for this line, with a reason',
    ja: 'この行の {{rule}} を理由を添えて無効にする',
  },
  'fix-suppress-reason': {
    en: 'why this is fine here',
    ja: 'ここで問題ない理由',
  },
  'fix-applied': {
    en: 'mplan fixed {{count|plural:problem}} in {{files|plural:file}}:',
    ja: 'mplan が {{files}} 個のファイルで {{count}} 件の問題を直しました:',
  },
  'fix-would-apply': {
    en: 'mplan would fix {{count|plural:problem}} in {{files|plural:file}} (--fix-dry-run: nothing was written; the findings below are those left after the fixes):',
    ja: 'mplan は {{files}} 個のファイルで {{count}} 件の問題を直せます（--fix-dry-run のため何も書き込んでいません。以下の指摘は直した後に残るものです）:',
  },
  'fix-change': {
    en: '  {{file}}:{{line}}: {{title}}',
    ja: '  {{file}}:{{line}}: {{title}}',
  },
  'fix-nothing': {
    en: 'mplan found nothing to fix without changing what the plan means.',
    ja: '計画の意味を変えずに自動で直せる問題はありませんでした。',
  },
  'fix-skipped-file': {
    en: 'mplan did not fix {{file}}: its text could not be read back exactly as it is on disk.',
    ja: '{{file}} はディスク上の内容をそのまま読み直せなかったため、mplan は直しませんでした。',
  },
};
