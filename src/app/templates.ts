/**
 * Use case: `mplan render --check` — the built-in templates and the plan
 * repo's own checked against the data each one receives, or one template
 * file against the data of the document it is for. Loads the template
 * checker only, not the plan pipeline.
 */
import path from 'node:path';
import type { Lang } from '../i18n/types.js';
import { checkTemplateFile, checkTemplates } from '../render/check.js';
import type { CheckTemplatesResult } from '../render/check.js';
import type { DocumentName } from '../render/data.js';

const DOCUMENTS: readonly DocumentName[] = ['report', 'rfp', 'journey', 'kpis'];

export interface TemplateCheckRequest {
  /** Absolute folder: the plan (its templates/ too), or any folder for the built-ins alone. */
  dir: string;
  /** Absolute path of one template file to check instead of every template. */
  template?: string;
  /** The document `template` is for, when the command named one. */
  document?: DocumentName;
  /** The language `template` is written in (default: the plan's locale). */
  locale?: Lang;
}

export async function checkDocumentTemplates(req: TemplateCheckRequest): Promise<CheckTemplatesResult> {
  if (!req.template) return checkTemplates(req.dir);
  // The document it is for: the one named, else the one its file name says (`rfp.md.hbs`), else the report (what `render` renders by default).
  const byName = DOCUMENTS.find((d) => path.basename(req.template!) === `${d}.md.hbs`);
  return checkTemplateFile(req.template, req.document ?? byName ?? 'report', req.dir, req.locale);
}
