import { isoDate } from '../model/dates.js';

/**
 * Safe readers for rule code: a document with schema errors still reaches
 * the rules, so values may not have the type the schema promises.
 */
export function asArray<T = unknown>(v: unknown): T[] {
  if (Array.isArray(v)) return v as T[];
  if (v === undefined || v === null) return [];
  return [v as T];
}

export function asString(v: unknown): string | undefined {
  return typeof v === 'string' ? v : undefined;
}

export function asNumber(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

export function asObject(v: unknown): Record<string, unknown> | undefined {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
}

/** True when a text-or-list field has at least one non-blank entry. */
export function hasText(v: unknown): boolean {
  if (typeof v === 'string') return v.trim().length > 0;
  if (Array.isArray(v)) return v.some((x) => typeof x === 'string' && x.trim().length > 0);
  return false;
}

/** A `YYYY-MM-DD` date string naming a real day, or undefined (the schema reports the others). ISO dates compare correctly as strings. */
export const asDate: (v: unknown) => string | undefined = isoDate;

/**
 * The plan period, when both ends are valid dates in order. A reversed
 * period is reported once, at `period` (src/model/dates.ts); rules that
 * compare dates with it leave it out rather than find every date outside it.
 */
export function planPeriod(plan: { data: { period?: unknown } } | undefined): { start: string; end: string } | undefined {
  const p = asObject(plan?.data.period);
  const start = asDate(p?.start);
  const end = asDate(p?.end);
  return start && end && start <= end ? { start, end } : undefined;
}

/** One roadmap phase with readable dates (either may be missing), and its index in `roadmap`. */
export interface RoadmapPhase {
  index: number;
  id: string;
  start?: string;
  end?: string;
  /** It ends before it starts (reported once, at the phase: src/model/dates.ts); its dates say nothing to compare with. */
  reversed: boolean;
}

/** The plan's roadmap phases, skipping entries that are not maps. */
export function roadmapPhases(plan: { data: { roadmap?: unknown } } | undefined): RoadmapPhase[] {
  const out: RoadmapPhase[] = [];
  asArray(plan?.data.roadmap).forEach((item, index) => {
    const o = asObject(item);
    if (!o) return;
    const start = asDate(o.start);
    const end = asDate(o.end);
    out.push({ index, id: asString(o.id) ?? `#${index + 1}`, start, end, reversed: !!start && !!end && end < start });
  });
  return out;
}
