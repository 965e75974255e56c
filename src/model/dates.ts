import type { Diagnostic } from '../diagnostics/types.js';
import { locateIn } from './locate.js';
import type { Entity } from './types.js';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A `YYYY-MM-DD` text that names a day of the calendar (ISO dates compare
 * correctly as strings), or undefined. `2027-31-03` or `2027-02-30` is no
 * date: the schema reports it once, where it is written, and nothing is
 * compared with it (a plan period starting on month 31 put every date of
 * the plan outside it).
 */
export function isoDate(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const m = DATE.exec(v);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > DAYS[mo - 1]!) return undefined;
  if (mo === 2 && d === 29 && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) return undefined;
  return v;
}
const record = (v: unknown): Record<string, unknown> | undefined => (v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined);

/** Start and end of a `{ start, end }` map, when both are dates and the end comes first. */
export function reversedSpan(v: unknown): { start: string; end: string } | undefined {
  const o = record(v);
  const start = isoDate(o?.start);
  const end = isoDate(o?.end);
  return start && end && end < start ? { start, end } : undefined;
}

/**
 * A plan period or roadmap phase that ends before it starts, reported once
 * where it is written. Every date the rules compare with it would look
 * wrong otherwise (29 findings over every initiative, KPI and phase of the
 * example, none at the period), so the rules leave a reversed period or
 * phase out (planPeriod and roadmapPhases in src/rules/util.ts).
 */
export function checkPlanDates(plan: Entity<'Plan'> | undefined, out: Diagnostic[]): void {
  if (!plan) return;
  const period = reversedSpan(plan.data.period);
  if (period) {
    out.push({
      ...locateIn(plan.file, plan.doc, ['period'], 'key'),
      rule: 'period-reversed',
      severity: 'error',
      messageId: 'period-reversed',
      data: period,
      hintId: 'period-reversed.hint',
      entity: plan.id,
    });
  }
  const roadmap: unknown = plan.data.roadmap;
  if (!Array.isArray(roadmap)) return;
  for (let index = 0; index < roadmap.length; index++) {
    const span = reversedSpan(roadmap[index]);
    if (!span) continue;
    const id = record(roadmap[index])!.id;
    out.push({
      ...locateIn(plan.file, plan.doc, ['roadmap', index]),
      rule: 'roadmap-phase-reversed',
      severity: 'error',
      messageId: 'roadmap-phase-reversed',
      data: { phase: typeof id === 'string' ? id : `#${index + 1}`, ...span },
      hintId: 'roadmap-phase-reversed.hint',
      entity: plan.id,
    });
  }
}
