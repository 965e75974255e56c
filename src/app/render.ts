/**
 * Use case: `mplan render` — plan → view data → Handlebars → Markdown. No
 * I/O here beyond reading the plan and the templates; the CLI prints or
 * writes (and turns Markdown into HTML or PDF).
 */
import { MplanError } from '../diagnostics/error.js';
import type { Diagnostic } from '../diagnostics/types.js';
import { chooseLang, localize } from '../i18n/index.js';
import type { Lang } from '../i18n/types.js';
import type { Kind } from '../model/kinds.js';
import type { PlanModel } from '../model/model.js';
import type { Entity } from '../model/types.js';
import { loadPlan } from '../load/index.js';
import { assemble, checkPlan } from './pipeline.js';
import type { CheckResult } from './pipeline.js';
import { planHealth } from '../health/index.js';
import { didYouMean } from '../util/suggest.js';
import { buildJourneyData, buildKpisData, buildReportData, buildRfpData, entitiesUsedByRfp } from '../render/data.js';
import type { BuildContext, DocumentName } from '../render/data.js';
import { renderTemplates, templateSet, TemplateError } from '../render/engine.js';

export type { DocumentName } from '../render/data.js';
export { TemplateError } from '../render/engine.js';

export const DOCUMENT_FILES: Record<DocumentName, string> = {
  report: 'report.md.hbs',
  rfp: 'rfp.md.hbs',
  journey: 'journey.md.hbs',
  kpis: 'kpis.md.hbs',
};

export interface RenderRequest {
  /** Absolute plan folder (or a folder inside it). */
  dir: string;
  document: DocumentName;
  /** The RFP or journey id. */
  id?: string;
  locale?: Lang;
  /** False: do not run the plan's plugins (`--no-plugins`). */
  plugins?: boolean;
  /** Absolute path of a template to use instead of the document's own. */
  template?: string;
  force?: boolean;
  /** `YYYY-MM-DD` shown as the document's date (otherwise none). */
  date?: string;
  /** RFP only: the full version for review inside the company (budgets, tool costs, every KPI of the goals). */
  internal?: boolean;
  env?: NodeJS.ProcessEnv;
}

export type RenderOutcome =
  | { ok: true; output: string; locale: Lang; result: CheckResult }
  /** Refused: these errors affect the document (render with --force to render anyway). */
  | { ok: false; blocking: Diagnostic[]; locale: Lang; result: CheckResult }
  /** A template that cannot be used (its syntax, a partial it names…): where and why. */
  | { ok: false; template: Diagnostic };

/** Diagnostics from the lint rules (the rest are load, schema and reference errors). */
function isLintFinding(d: Diagnostic, result: CheckResult): boolean {
  return result.rules.has(d.rule);
}

function find<K extends Kind>(model: PlanModel, kind: K, id: string | undefined, what: 'rfp' | 'journey'): Entity<K> {
  const all = model.ofKind(kind);
  const e = id ? model.getOf(kind, id) : undefined;
  if (e) return e;
  const ids = all.map((x) => x.id);
  const suggestion = id ? didYouMean(id, ids) : undefined;
  throw new MplanError(suggestion ? `render-unknown-${what}-suggest` : `render-unknown-${what}`, {
    id: id ?? '',
    suggestion: suggestion ?? '',
    known: ids.length ? ids.join(', ') : '—',
  });
}

/** Render one document of the plan, or say what stops it. */
export async function renderDocument(req: RenderRequest): Promise<RenderOutcome> {
  try {
    return await render(req);
  } catch (err) {
    if (!(err instanceof TemplateError)) throw err;
    return { ok: false, template: err.toDiagnostic() };
  }
}

/** The ids of the plan's RFPs or journeys (what `render rfp` without an id can offer), and the plan's locale. */
export async function documentIds(dir: string, document: 'rfp' | 'journey'): Promise<{ known: string[]; locale: unknown }> {
  const { model } = await assemble(loadPlan(dir), {}, { until: 'model' });
  return { known: model.ofKind(document === 'rfp' ? 'RFP' : 'Journey').map((e) => e.id), locale: model.plan?.data.locale };
}

async function render(req: RenderRequest): Promise<Exclude<RenderOutcome, { template: Diagnostic }>> {
  // Plugin findings are used only by the report (its findings section): the other documents never run them.
  const result = await checkPlan(req.dir, { lint: true, plugins: { run: req.plugins !== false && req.document === 'report' } });
  const { model } = result;
  const locale = chooseLang(req.locale, model.plan?.data.locale, { LANG: 'en' });
  if (req.date !== undefined && !/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(req.date)) {
    throw new MplanError('usage-bad-date', { option: '--date', value: req.date });
  }

  // Which errors affect this document?
  let entity: Entity | undefined;
  let used: ((id: string) => boolean) | undefined; // undefined: every error counts
  if (req.document === 'rfp') {
    const rfp = find(model, 'RFP', req.id, 'rfp');
    entity = rfp;
    const ids = entitiesUsedByRfp(model, rfp);
    used = (id) => ids.has(id);
  } else if (req.document === 'journey') {
    const j = find(model, 'Journey', req.id, 'journey');
    entity = j;
    const ids = new Set<string>([j.id]);
    for (const s of model.stagesOf(j)) for (const r of model.referrers(s, 'KPI.stage')) ids.add(r.source.id);
    for (const r of model.references(j)) if (r.target && r.target.kind !== 'Stage') ids.add(r.target.id);
    used = (id) => ids.has(id);
  } else if (req.document === 'kpis') {
    const ids = new Set([...model.ofKind('KPI'), ...model.ofKind('Goal')].map((e) => e.id));
    used = (id) => ids.has(id);
  }
  const files = used ? new Set(model.entities.filter((e) => used!(e.id)).map((e) => e.file.path)) : undefined;
  const blocking = result.diagnostics.filter((d) => {
    if (d.severity !== 'error' || isLintFinding(d, result)) return false;
    if (!used) return true;
    if (d.entity) return used(d.entity.split('/')[0]!);
    return files!.has(d.file);
  });
  if (blocking.length && !req.force) return { ok: false, blocking, locale, result };

  const ctx: BuildContext = {
    model,
    locale,
    date: req.date ?? null,
    forced: blocking.length > 0,
    problems: localize(blocking, locale, result.rules).map((d) => ({ file: d.file, line: d.line, column: d.column, message: d.message ?? d.messageId })),
  };
  let data: unknown;
  switch (req.document) {
    case 'report':
      data = buildReportData(ctx, { findings: result.diagnostics.filter((d) => isLintFinding(d, result)), rules: result.rules, health: planHealth(model) });
      break;
    case 'rfp':
      data = buildRfpData(ctx, entity as Entity<'RFP'>, { internal: req.internal });
      break;
    case 'journey':
      data = buildJourneyData(ctx, entity as Entity<'Journey'>);
      break;
    case 'kpis':
      data = buildKpisData(ctx, planHealth(model));
      break;
  }
  const set = templateSet(DOCUMENT_FILES[req.document], locale, result.loaded.root, req.template);
  return { ok: true, output: renderTemplates(set, data, locale), locale, result };
}
