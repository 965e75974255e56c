import type { Lang } from './types.js';

// Where each finding's docs page is, in the reader's language: shared by the CLI
// (explain, --help, the formatters) and the language server (codeDescription links).

export const DOCS_BASE = 'https://github.com/mplan-dev/mplan/blob/main/docs';

/** A built-in rule's docs page, in the reader's language. */
export function docsUrl(id: string, lang: Lang = 'en'): string {
  return `${DOCS_BASE}${lang === 'ja' ? '/ja' : ''}/rules/${id}.md`;
}

/** Docs for an error code that is not a lint rule (schema, reference, config, suppression): its entry in docs/errors.md. */
export function errorDocsUrl(code: string): string {
  return `${DOCS_BASE}/errors.md#${code}`;
}
