import type { MessageText } from './types.js';

/** Messages of the polish branch. Ids must not clash with core-messages.ts. */
export const POLISH_MESSAGES: Record<string, MessageText> = {
  'yaml-indent-slip': {
    en: 'This line is indented by {{found|plural:space}}, but the lines it belongs with (like line {{line}}) are indented by {{expected|plural:space}}.',
    ja: 'この行の字下げはスペース {{found}} 個ですが、同じまとまりの行（{{line}} 行目など）は {{expected}} 個です。',
  },
  'yaml-indent-slip.hint': {
    en: 'Indent it by {{expected|plural:space}} so it lines up with line {{line}}: the items of one list, and the fields of one block, start at the same column.',
    ja: '{{line}} 行目とそろうように、スペース {{expected}} 個で字下げしてください。同じリストの項目や同じブロックの項目は、同じ位置から書き始めます。',
  },
};
