/**
 * The standard clauses of an RFP, in each locale's usual wording. A plan
 * replaces a clause with its own text (`clauses.confidentiality: "…"`) or
 * leaves it out (`false`); the tax clause follows `budget.tax`.
 */
import type { Lang } from '../i18n/types.js';

export const CLAUSE_KEYS = ['confidentiality', 'proposal_costs', 'submitted_material'] as const;

export const CLAUSE_TITLES: Record<Lang, Record<'tax' | (typeof CLAUSE_KEYS)[number], string>> = {
  en: { tax: 'Amounts and tax', confidentiality: 'Confidentiality', proposal_costs: 'Cost of proposals', submitted_material: 'Submitted material' },
  ja: { tax: '金額の表示', confidentiality: '機密保持', proposal_costs: '提案費用', submitted_material: '提出書類の取り扱い' },
};

export const DEFAULT_CLAUSES: Record<Lang, Record<(typeof CLAUSE_KEYS)[number], string>> = {
  en: {
    confidentiality:
      'This RFP and everything we share with you while you prepare your proposal are confidential. Use them only to prepare your proposal, and do not disclose them to third parties without our written consent.',
    proposal_costs: 'Each bidder bears its own costs of preparing, submitting and presenting its proposal.',
    submitted_material: 'Proposals and other submitted material are not returned. We use them only to select a partner and treat them as confidential.',
  },
  ja: {
    confidentiality:
      '本書および提案準備のために当社が提供する情報は、当社の機密情報です。提案の検討・作成以外の目的には使用せず、当社の書面による事前の同意なく第三者に開示しないでください。',
    proposal_costs: '提案書の作成、提出およびプレゼンテーションにかかる費用は、提案者の負担とします。',
    submitted_material: 'ご提出いただいた提案書その他の資料は返却いたしません。パートナーの選定にのみ使用し、機密情報として取り扱います。',
  },
};

export const TAX_CLAUSES: Record<Lang, Record<'excluded' | 'included', string>> = {
  en: {
    excluded: 'All amounts in this RFP exclude tax (VAT, consumption tax). State the prices in your proposal the same way, with the tax shown separately.',
    included: 'All amounts in this RFP include tax (VAT, consumption tax). State the prices in your proposal the same way.',
  },
  ja: {
    excluded: '本書に記載の金額はすべて税抜（消費税別）です。見積金額も税抜で記載し、消費税額を別途お示しください。',
    included: '本書に記載の金額はすべて税込（消費税込み）です。見積金額も税込でご記載ください。',
  },
};
