import { MplanError } from '../diagnostics/error.js';
import type { Diagnostic, Location } from '../diagnostics/types.js';

/**
 * Debt with an owner and a date: a baseline entry or an inline suppression
 * may say `until: YYYY-MM-DD` and `owner: <role-id>`. Until that date
 * (inclusive) it suppresses its finding; from the day after, the finding
 * comes back as an error naming the owner.
 */
export interface Debt {
  until?: string;
  owner?: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** The local date as YYYY-MM-DD. */
function localDate(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/**
 * "Today" for debt dates: the explicit value, else MPLAN_TODAY, else the
 * local date. Injectable so tests and reproducible CI runs are deterministic.
 */
export function resolveToday(explicit?: string, env: NodeJS.ProcessEnv = process.env): string {
  const v = explicit ?? (env.MPLAN_TODAY || undefined);
  if (v === undefined) return localDate();
  if (!isDate(v)) throw new MplanError('review-bad-today', { value: v });
  return v;
}

/** Past its date: `until` is the last day the debt is accepted. */
export function isExpired(debt: Debt, today: string): boolean {
  return typeof debt.until === 'string' && today > debt.until;
}

const TAG = /\(\s*((?:until|owner)\s*:\s*[^,()]*?(?:\s*,\s*(?:until|owner)\s*:\s*[^,()]*?)*)\s*\)\s*$/;

/**
 * Split `reason (until: 2027-06-30, owner: cmo)` into the reason and the
 * debt. `bad` lists the values that are not usable (a date that is not a date).
 */
export function parseDebtTag(text: string): { reason: string; debt: Debt; bad?: string } {
  const m = TAG.exec(text);
  if (!m) return { reason: text.trim(), debt: {} };
  const debt: Debt = {};
  let bad: string | undefined;
  for (const part of m[1]!.split(',')) {
    const i = part.indexOf(':');
    const key = part.slice(0, i).trim();
    const value = part.slice(i + 1).trim();
    if (key === 'until') {
      if (isDate(value)) debt.until = value;
      else bad = value;
    } else if (key === 'owner' && value) debt.owner = value;
  }
  return { reason: text.slice(0, m.index).trim(), debt, bad };
}

/**
 * The finding, back as an error because the debt that covered it is past its
 * date. It keeps its rule, entity, message and location (so it still matches
 * the same baseline entry and `--since` finding); the hint and a related
 * location name the owner and point at the suppression or baseline entry.
 */
export function expiredDebt(d: Diagnostic, debt: Debt, source: Location): Diagnostic {
  const owned = Boolean(debt.owner);
  const data = { until: debt.until ?? '', owner: debt.owner ?? '', source: `${source.file}:${source.line}` };
  return {
    ...d,
    severity: 'error',
    hintId: owned ? 'debt-expired.hint' : 'debt-expired-unowned.hint',
    hintData: data,
    related: [
      { file: source.file, line: source.line, column: source.column, messageId: owned ? 'debt-expired' : 'debt-expired-unowned', data },
      ...(d.related ?? []),
    ],
  };
}
