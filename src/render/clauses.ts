/**
 * The standard clauses of an RFP (their text: src/i18n/messages-documents.ts). A plan
 * replaces a clause with its own text (`clauses.confidentiality: "…"`) or leaves it out
 * (`false`); the tax clause follows `budget.tax`.
 */
import { text } from '../i18n/index.js';
import type { Lang } from '../i18n/types.js';

export const CLAUSE_KEYS = ['confidentiality', 'proposal_costs', 'submitted_material'] as const;
type ClauseKey = (typeof CLAUSE_KEYS)[number];

const id = (key: string): string => `document-clause-${key.replace(/_/g, '-')}`;

export const clauseTitle = (key: 'tax' | ClauseKey, lang: Lang): string => text(`${id(key)}-title`, lang);
export const defaultClause = (key: ClauseKey, lang: Lang): string => text(id(key), lang);
export const taxClause = (tax: 'excluded' | 'included', lang: Lang): string => text(`${id('tax')}-${tax}`, lang);
