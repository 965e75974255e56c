import { isoDate } from '../model/dates.js';
import type { Entity, Path } from '../model/types.js';

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

/**
 * Every data flow between tools that the tools' `integrations` declare, as
 * `flow(from, to)`: an integration on A naming B with `direction: to` (or
 * `both`, the default) is A→B; `from` is B→A. Integrations naming something
 * that is not a tool (`isTool` false) are skipped; a broken entry is ignored.
 */
export function forEachToolFlow(
  tools: ReadonlyArray<{ id: string; data: Record<string, unknown> }>,
  isTool: (id: string) => boolean,
  flow: (from: string, to: string) => void,
): void {
  for (const tool of tools) {
    for (const item of asArray(tool.data.integrations)) {
      const o = asObject(item);
      const other = asString(o?.tool);
      if (!other || !isTool(other)) continue;
      const direction = o?.direction ?? 'both';
      if (direction === 'to' || direction === 'both') flow(tool.id, other);
      if (direction === 'from' || direction === 'both') flow(other, tool.id);
    }
  }
}

/** Append to the list under `key`, creating it. */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const l = map.get(key);
  if (l) l.push(value);
  else map.set(key, [value]);
}

/** Every node reachable from `start` over `edges` (start included), breadth first. */
export function reachable(start: Iterable<string>, edges: ReadonlyMap<string, readonly string[]>): Set<string> {
  const seen = new Set<string>(start);
  const queue = [...seen];
  for (let i = 0; i < queue.length; i++) {
    for (const next of edges.get(queue[i]!) ?? []) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

/** The first tool of the initiative that handles personal data, with where the initiative lists it. */
export function personalDataTool(tools: unknown, get: (id: unknown) => Entity<'Tool'> | undefined): { tool: Entity<'Tool'>; path: Path } | undefined {
  const list = asArray(tools);
  for (let i = 0; i < list.length; i++) {
    const tool = get(list[i]);
    if (tool?.data.handles_personal_data === true) return { tool, path: Array.isArray(tools) ? ['tools', i] : ['tools'] };
  }
  return undefined;
}

/**
 * Channels that reach one person at an address the team holds: e-mail, SMS,
 * LINE, push notifications, direct messages, phone calls and direct mail. A message
 * sent on them needs the person's address or id, which is personal data.
 */
export const PERSONAL_CHANNEL = /\b(?:e ?mail|mail|sms|line|push|dm|direct (?:message|mail)|phone|call|telephone)\b|メール|ショートメッセージ|プッシュ|ダイレクトメッセージ|電話|郵送|ライン/;

/** The first automation step of the initiative that messages people on a personal channel. */
export function personalAutomation(automation: unknown): { at: number; channel: string } | undefined {
  const steps = asArray(automation);
  for (let i = 0; i < steps.length; i++) {
    const channel = asString(asObject(steps[i])?.channel);
    if (channel && PERSONAL_CHANNEL.test(normalizeName(channel))) return { at: i, channel };
  }
  return undefined;
}
