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

/** A `YYYY-MM-DD` date string, or undefined. ISO dates compare correctly as strings. */
export function asDate(v: unknown): string | undefined {
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined;
}

/** The plan period, when both ends are valid dates. */
export function planPeriod(plan: { data: { period?: unknown } } | undefined): { start: string; end: string } | undefined {
  const p = asObject(plan?.data.period);
  const start = asDate(p?.start);
  const end = asDate(p?.end);
  return start && end ? { start, end } : undefined;
}

/** One roadmap phase with readable dates (either may be missing), and its index in `roadmap`. */
export interface RoadmapPhase {
  index: number;
  id: string;
  start?: string;
  end?: string;
}

/** The plan's roadmap phases, skipping entries that are not maps. */
export function roadmapPhases(plan: { data: { roadmap?: unknown } } | undefined): RoadmapPhase[] {
  const out: RoadmapPhase[] = [];
  asArray(plan?.data.roadmap).forEach((item, index) => {
    const o = asObject(item);
    if (!o) return;
    out.push({ index, id: asString(o.id) ?? `#${index + 1}`, start: asDate(o.start), end: asDate(o.end) });
  });
  return out;
}

/**
 * A short name as people mean it, for comparing names typed by different
 * people: full-width and half-width forms alike (NFKC), case ignored, and
 * runs of spaces, hyphens, dashes and underscores read as one space
 * (`Lead scoring`, `lead-scoring` and `ＬＥＡＤ＿ＳＣＯＲＩＮＧ` are one name).
 */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-\u2010-\u2015\u2212\u30fb]+/g, ' ')
    .trim();
}
