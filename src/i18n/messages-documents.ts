import type { MessageText } from './types.js';

/**
 * Text mplan writes into the documents it renders (src/render/), in each locale's usual
 * wording: the standard clauses of an RFP (a plan may replace or drop each) and the mark on
 * an internal RFP. The words for the plan's values are in document-words.ts.
 */
export const DOCUMENTS_MESSAGES: Record<string, MessageText> = {
  'document-clause-tax-title': {
    en: 'Amounts and tax',
    ja: '金額の表示',
  },
  'document-clause-confidentiality-title': {
    en: 'Confidentiality',
    ja: '機密保持',
  },
  'document-clause-proposal-costs-title': {
    en: 'Cost of proposals',
    ja: '提案費用',
  },
  'document-clause-submitted-material-title': {
    en: 'Submitted material',
    ja: '提出書類の取り扱い',
  },
  'document-clause-confidentiality': {
    en: 'This RFP and everything we share with you while you prepare your proposal are confidential. Use them only to prepare your proposal, and do not disclose them to third parties without our written consent.',
    ja: '本書および提案準備のために当社が提供する情報は、当社の機密情報です。提案の検討・作成以外の目的には使用せず、当社の書面による事前の同意なく第三者に開示しないでください。',
  },
  'document-clause-proposal-costs': {
    en: 'Each bidder bears its own costs of preparing, submitting and presenting its proposal.',
    ja: '提案書の作成、提出およびプレゼンテーションにかかる費用は、提案者の負担とします。',
  },
  'document-clause-submitted-material': {
    en: 'Proposals and other submitted material are not returned. We use them only to select a partner and treat them as confidential.',
    ja: 'ご提出いただいた提案書その他の資料は返却いたしません。パートナーの選定にのみ使用し、機密情報として取り扱います。',
  },
  'document-clause-tax-excluded': {
    en: 'All amounts in this RFP exclude tax (VAT, consumption tax). State the prices in your proposal the same way, with the tax shown separately.',
    ja: '本書に記載の金額はすべて税抜（消費税別）です。見積金額も税抜で記載し、消費税額を別途お示しください。',
  },
  'document-clause-tax-included': {
    en: 'All amounts in this RFP include tax (VAT, consumption tax). State the prices in your proposal the same way.',
    ja: '本書に記載の金額はすべて税込（消費税込み）です。見積金額も税込でご記載ください。',
  },
  'document-internal-mark': {
    en: 'INTERNAL — not for distribution',
    ja: '社内用 — 社外秘',
  },
};
