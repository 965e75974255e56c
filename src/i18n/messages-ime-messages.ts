import type { MessageText } from './types.js';

/**
 * Typing slips, named as what they are: what a Japanese input method (a
 * full-width space or colon, full-width digits) or a habit from other tools
 * (a thousands comma inside `{ … }`, a day that does not exist) puts in a
 * plan file. Each would otherwise surface as a misleading YAML or schema
 * message, often with a flood of follow-on errors. Ids must not clash with
 * core-messages.ts.
 */
export const IME_MESSAGES: Record<string, MessageText> = {
  'yaml-fullwidth-indent': {
    en: 'This line is indented with a full-width space (the wide space a Japanese keyboard types); YAML counts only ordinary half-width spaces.',
    ja: 'この行のインデントに全角スペースが使われています。YAML のインデントには半角スペースしか使えません。',
  },
  'yaml-fullwidth-indent.hint': {
    en: 'Delete the full-width space and indent with half-width spaces, lined up with the fields of the same block.',
    ja: '全角スペースを削除し、同じブロックの項目とそろうように半角スペースでインデントしてください（日本語入力をオフにして入力します）。',
  },
  'yaml-fullwidth-space-after-colon': {
    en: 'After `{{key}}:` comes a full-width space; YAML needs an ordinary half-width space after the colon.',
    ja: '`{{key}}:` の後が全角スペースになっています。YAML ではコロンの後に半角スペースが必要です。',
  },
  'yaml-fullwidth-space-after-colon.hint': {
    en: 'Replace the full-width space with a half-width one: `{{key}}: …`.',
    ja: '全角スペースを半角スペースに置き換えてください: `{{key}}: …`',
  },
  'yaml-fullwidth-colon': {
    en: '`{{key}}` is followed by a full-width colon (：); YAML only takes the half-width colon `:` as the end of a field name.',
    ja: '`{{key}}` の後のコロンが全角（：）になっています。YAML が項目名の区切りとして認めるのは半角のコロン `:` だけです。',
  },
  'yaml-fullwidth-colon.hint': {
    en: 'Type a half-width colon followed by a half-width space: `{{key}}: …`.',
    ja: '半角のコロンと半角スペースに直してください: `{{key}}: …`',
  },
  'schema-fullwidth-digits': {
    en: '`{{field}}` is written with full-width digits (`{{value}}`); mplan reads only half-width digits 0-9.',
    ja: '`{{field}}` が全角の数字（`{{value}}`）で書かれています。mplan が読めるのは半角の数字 0〜9 だけです。',
  },
  'schema-fullwidth-digits.hint': {
    en: 'Type it with half-width digits: `{{key}}: {{suggestion}}`.',
    ja: '半角の数字で入力し直してください: `{{key}}: {{suggestion}}`',
  },
  'yaml-comma-split': {
    en: 'The comma after `{{before}}` ends the value of `{{field}}`: inside `{ … }` a comma separates fields, so `{{rest}}` was read as a field name.',
    ja: '`{ … }` の中ではカンマが項目の区切りになるため、`{{field}}` の値は `{{before}}` で終わり、`{{rest}}` は項目名として読まれました。',
  },
  'hint-comma-number': {
    en: 'Write the number without thousands separators: `{{field}}: {{suggestion}}`.',
    ja: '桁区切りのカンマを付けずに書いてください: `{{field}}: {{suggestion}}`',
  },
  'yaml-comma-split.hint': {
    en: 'Put the text in quotes, `{{field}}: "{{suggestion}}"`, or write the item in block style, one field per line.',
    ja: 'テキストを引用符で囲むか（`{{field}}: "{{suggestion}}"`）、1 行に 1 項目ずつのブロック形式で書いてください。',
  },
  'schema-date-no-such-day': {
    en: '`{{field}}` is `{{value}}`, which is not a real calendar day: month {{month}} of {{year}} has {{days}} days.',
    ja: '`{{field}}` の `{{value}}` は実在しない日付です（{{year}} 年 {{month}} 月は {{days}} 日までです）。',
  },
  'schema-date-no-such-day.hint': {
    en: 'Check the day and the month; the last day of month {{month}} is `{{suggestion}}`.',
    ja: '日と月を確認してください。{{month}} 月の末日は `{{suggestion}}` です。',
  },
  'schema-date-no-such-month': {
    en: '`{{field}}` is `{{value}}`, which is not a real calendar day: a year has months 01 to 12.',
    ja: '`{{field}}` の `{{value}}` は実在しない日付です（月は 01〜12 です）。',
  },
  'schema-date-no-such-month.hint': {
    en: 'Dates are written year-month-day, e.g. `2027-04-01` for 1 April 2027.',
    ja: '日付は 年-月-日 の順に書きます（例: 2027 年 4 月 1 日なら `2027-04-01`）。',
  },
};
