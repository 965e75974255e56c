import { createHash } from 'node:crypto';
import type { Diagnostic, MessageData } from './types.js';

/**
 * Findings are matched across revisions by what they are about, not where
 * they sit: rule + entity + messageId + data. Line and column numbers (also
 * inside data, like `otherLine`) are left out, so edits above a finding do
 * not make it "new". A finding with no entity (a file that does not parse)
 * is matched by its file instead.
 */

const POSITIONAL = /(line|column)$/i;

function canonicalData(data: MessageData | undefined): string {
  if (!data) return '{}';
  const keys = Object.keys(data).filter((k) => !POSITIONAL.test(k)).sort();
  return JSON.stringify(keys.map((k) => [k, data[k]]));
}

export function findingKey(d: Diagnostic): string {
  return [d.rule, d.entity ?? `file:${d.file}`, d.messageId, canonicalData(d.data)].join('\u0000');
}

/** A short, stable fingerprint of a finding (for baseline files). */
export function findingHash(d: Diagnostic): string {
  return createHash('sha256').update(findingKey(d)).digest('hex').slice(0, 16);
}

/**
 * The findings of `after` that `before` does not have, and those of
 * `before` that went away. Counted as multisets: two identical findings
 * before and three after means one new.
 */
export function compareFindings(before: readonly Diagnostic[], after: readonly Diagnostic[]): { introduced: Diagnostic[]; resolved: Diagnostic[] } {
  const count = new Map<string, number>();
  for (const d of before) {
    const k = findingKey(d);
    count.set(k, (count.get(k) ?? 0) + 1);
  }
  const introduced: Diagnostic[] = [];
  for (const d of after) {
    const k = findingKey(d);
    const n = count.get(k) ?? 0;
    if (n > 0) count.set(k, n - 1);
    else introduced.push(d);
  }
  const resolved: Diagnostic[] = [];
  for (const d of before) {
    const k = findingKey(d);
    const n = count.get(k) ?? 0;
    if (n > 0) {
      count.set(k, n - 1);
      resolved.push(d);
    }
  }
  return { introduced, resolved };
}
