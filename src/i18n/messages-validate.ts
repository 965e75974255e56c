import type { MessageText } from './types.js';

/**
 * Checking each document against the format (src/validate/): unknown keys, missing fields,
 * wrong types, values and dates; and the shared `hint-` texts the stages add to a message.
 * Keys are stable message ids (an error code is also the `rule` of its finding); a hint
 * ends in `.hint`, a short title (SARIF) in `.title`.
 */
export const VALIDATE_MESSAGES: Record<string, MessageText> = {
  'schema-unknown-key': {
    en: '`{{key}}` is not a field of {{where|where}}.',
    ja: '`{{key}}` は{{where|where}} の項目ではありません。',
  },
  'schema-unknown-key.title': {
    en: 'A field this document does not have',
    ja: 'この文書にない項目',
  },
  'schema-required': {
    en: '{{where|where}} is missing `{{field}}`, which is required.',
    ja: '{{where|where}} に必須の項目 `{{field}}` がありません。',
  },
  'schema-required.hint': {
    en: 'Add `{{field}}:` — {{description}}',
    ja: '`{{field}}:` を追加してください。{{description}}',
  },
  'schema-required.title': {
    en: 'A required field is missing',
    ja: '必須項目の不足',
  },
  'schema-enum': {
    en: '`{{field}}` cannot be `{{value}}`: it must be one of {{allowed}}.',
    ja: '`{{field}}` に `{{value}}` は使えません。{{allowed}} のいずれかにしてください。',
  },
  'schema-enum.title': {
    en: 'A value not among the allowed ones',
    ja: '許可された値以外の値',
  },
  'schema-const': {
    en: '`{{field}}` must be `{{expected}}`, not `{{value}}`.',
    ja: '`{{field}}` は `{{expected}}` にしてください（現在は `{{value}}`）。',
  },
  'schema-const.title': {
    en: 'A value that must be a fixed one',
    ja: '決まった値であるべき値',
  },
  'schema-type': {
    en: '`{{field}}` must be {{expected|types}}, but here it is {{found|types}}.',
    ja: '`{{field}}` は{{expected|types}}で書いてください（現在は{{found|types}}です）。',
  },
  'schema-type.title': {
    en: 'A value of the wrong type',
    ja: '型の違う値',
  },
  'schema-format-date': {
    en: '`{{field}}` must be a date written YYYY-MM-DD, not `{{value}}`.',
    ja: '`{{field}}` は YYYY-MM-DD 形式の日付で書いてください（現在は `{{value}}`）。',
  },
  'schema-format-date.hint': {
    en: 'For example `2027-04-01`.',
    ja: '例: `2027-04-01`',
  },
  'schema-format-date.title': {
    en: 'A date not written as YYYY-MM-DD',
    ja: 'YYYY-MM-DD で書かれていない日付',
  },
  'schema-format-currency': {
    en: '`{{value}}` is not a currency code.',
    ja: '`{{value}}` は通貨コードではありません。',
  },
  'schema-format-currency.hint': {
    en: 'Use a three-letter ISO 4217 code such as JPY, USD or EUR.',
    ja: 'JPY、USD、EUR のような ISO 4217 の 3 文字の通貨コードを使ってください。',
  },
  'schema-format-currency.title': {
    en: 'A currency code that is not valid',
    ja: '正しくない通貨コード',
  },
  'schema-format': {
    en: '`{{field}}` must be {{format}}, not `{{value}}`.',
    ja: '`{{field}}` は{{format}}で書いてください（現在は `{{value}}`）。',
  },
  'schema-format.title': {
    en: 'A value in the wrong format',
    ja: '形式の違う値',
  },
  'schema-pattern': {
    en: '`{{value}}` is not a valid value for `{{field}}`: {{description}}',
    ja: '`{{value}}` は `{{field}}` の値として正しくありません。{{description}}',
  },
  'schema-pattern.title': {
    en: 'A value in the wrong form',
    ja: '形の違う値',
  },
  'schema-minimum': {
    en: '`{{field}}` must be at least {{limit}}, not {{value}}.',
    ja: '`{{field}}` は {{limit}} 以上にしてください（現在は {{value}}）。',
  },
  'schema-minimum.title': {
    en: 'A number below its minimum',
    ja: '最小値を下回る数値',
  },
  'schema-maximum': {
    en: '`{{field}}` must be at most {{limit}}, not {{value}}.',
    ja: '`{{field}}` は {{limit}} 以下にしてください（現在は {{value}}）。',
  },
  'schema-maximum.title': {
    en: 'A number above its maximum',
    ja: '最大値を上回る数値',
  },
  'schema-empty': {
    en: '`{{field}}` is empty.',
    ja: '`{{field}}` が空です。',
  },
  'schema-empty.title': {
    en: 'An empty field',
    ja: '空の項目',
  },
  'schema-min-items': {
    en: '`{{field}}` must list at least {{limit|plural:item}}.',
    ja: '`{{field}}` には少なくとも {{limit}} 件書いてください。',
  },
  'schema-min-items.title': {
    en: 'A list with too few items',
    ja: '項目の少なすぎるリスト',
  },
  'schema-other': {
    en: '`{{field}}` is not valid: {{detail}}.',
    ja: '`{{field}}` の値が正しくありません: {{detail}}。',
  },
  'schema-other.title': {
    en: 'A value that is not valid',
    ja: '正しくない値',
  },
  'hint-did-you-mean': {
    en: 'Did you mean `{{suggestion}}`?',
    ja: '`{{suggestion}}` の誤りではありませんか？',
  },
  'hint-allowed-keys': {
    en: 'Fields here: {{allowed}}. Keys starting with `x-` are free for your own data.',
    ja: 'ここに書ける項目: {{allowed}}。`x-` で始まるキーは自由に使えます。',
  },
  'hint-quote-it': {
    en: 'If you meant the text, put it in quotes: `{{key}}: "{{source}}"`.',
    ja: '文字列のつもりなら引用符で囲んでください: `{{key}}: "{{source}}"`',
  },
  'hint-make-list': {
    en: 'Write it as a list, even with one item: `{{key}}: [{{source}}]`, or one `- item` per line under `{{key}}:`.',
    ja: '項目が 1 つでもリストで書いてください: `{{key}}: [{{source}}]`、または `{{key}}:` の下に 1 行ずつ `- 項目` の形で書きます。',
  },
  'hint-number-alone': {
    en: 'Write the number alone, without quotes, units or thousands separators, for example `{{key}}: 1200` (here: `{{source}}`).',
    ja: '数値だけを書いてください。引用符・単位・桁区切りのカンマは付けません。例: `{{key}}: 1200`（現在は `{{source}}`）。',
  },
  'schema-fullwidth-digits': {
    en: '`{{field}}` is written with full-width digits (`{{value}}`); mplan reads only half-width digits 0-9.',
    ja: '`{{field}}` が全角の数字（`{{value}}`）で書かれています。mplan が読めるのは半角の数字 0〜9 だけです。',
  },
  'schema-fullwidth-digits.hint': {
    en: 'Type it with half-width digits: `{{key}}: {{suggestion}}`.',
    ja: '半角の数字で入力し直してください: `{{key}}: {{suggestion}}`',
  },
  'schema-fullwidth-digits.title': {
    en: 'Full-width digits where a number is expected',
    ja: '数値の位置にある全角数字',
  },
  'schema-date-no-such-day': {
    en: '`{{field}}` is `{{value}}`, which is not a real calendar day: month {{month}} of {{year}} has {{days}} days.',
    ja: '`{{field}}` の `{{value}}` は実在しない日付です（{{year}} 年 {{month}} 月は {{days}} 日までです）。',
  },
  'schema-date-no-such-day.hint': {
    en: 'Check the day and the month; the last day of month {{month}} is `{{suggestion}}`.',
    ja: '日と月を確認してください。{{month}} 月の末日は `{{suggestion}}` です。',
  },
  'schema-date-no-such-day.title': {
    en: 'A date that is not a real calendar day',
    ja: '暦にない日付',
  },
  'schema-date-no-such-month': {
    en: '`{{field}}` is `{{value}}`, which is not a real calendar day: a year has months 01 to 12.',
    ja: '`{{field}}` の `{{value}}` は実在しない日付です（月は 01〜12 です）。',
  },
  'schema-date-no-such-month.hint': {
    en: 'Dates are written year-month-day, e.g. `2027-04-01` for 1 April 2027.',
    ja: '日付は 年-月-日 の順に書きます（例: 2027 年 4 月 1 日なら `2027-04-01`）。',
  },
  'schema-date-no-such-month.title': {
    en: 'A date with a month that does not exist',
    ja: '存在しない月の日付',
  },
};
