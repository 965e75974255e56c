import { existsSync } from 'node:fs';
import { errorReason } from '../load/walk.js';
import { MAX_DATA_BYTES, readRegularText } from '../util/read.js';
import path from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, stringify } from 'yaml';
import type { YAMLMap } from 'yaml';
import { MplanError } from '../diagnostics/error.js';
import type { Diagnostic } from '../diagnostics/types.js';
import type { PlanModel } from '../model/model.js';
import { checkWriteTarget, writeFileSafe } from '../write/index.js';
import { expiredDebt, isDate, isExpired } from './debt.js';
import { findingHash } from '../diagnostics/match.js';

/**
 * A baseline: the findings a team has accepted for now, committed as JSON or
 * YAML. Entries are matched by `hash` (rule + entity + messageId + data, never
 * the line); `file`, `line` and `message` are there for humans. An entry may
 * carry `until`, `owner` and `reason`: debt with a date and someone who
 * answers for it.
 */
export interface BaselineEntry {
  rule: string;
  entity?: string;
  messageId: string;
  hash: string;
  file: string;
  line: number;
  message?: string;
  until?: string;
  owner?: string;
  reason?: string;
}

export interface LocatedEntry extends BaselineEntry {
  /** Where the entry sits in the baseline file. */
  at: { line: number; column: number };
  /** A `until:` that is not a date. */
  badUntil?: string;
}

export interface Baseline {
  /** Absolute path. */
  abs: string;
  /** As the user wrote it (for messages). */
  name: string;
  entries: LocatedEntry[];
}

const FORMAT_KEY = 'mplan-baseline';

const isYamlName = (f: string): boolean => /\.ya?ml$/i.test(f);

/** Read and check a baseline file; its problems are usage errors (exit 2). */
export function readBaseline(abs: string, name: string): Baseline {
  let text: string;
  try {
    // Never a FIFO or device (the read would hang or never end), never more than MAX_DATA_BYTES.
    text = readRegularText(abs, MAX_DATA_BYTES);
  } catch (err) {
    throw new MplanError('baseline-unreadable', { file: name, reason: errorReason(err) });
  }
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false });
  if (doc.errors.length) throw new MplanError('baseline-invalid', { file: name, detail: doc.errors[0]!.message.split('\n')[0]! });
  const root = doc.contents;
  const findings = isMap(root) ? root.get('findings', true) : undefined;
  if (!isMap(root) || !isSeq(findings)) throw new MplanError('baseline-invalid', { file: name, detail: 'no `findings` list' });
  const entries: LocatedEntry[] = [];
  findings.items.forEach((item, i) => {
    if (!isMap(item)) throw new MplanError('baseline-invalid', { file: name, detail: `entry ${i + 1} is not a record` });
    const v = (item as YAMLMap).toJSON() as Record<string, unknown>;
    if (typeof v.hash !== 'string' || typeof v.rule !== 'string') {
      throw new MplanError('baseline-invalid', { file: name, detail: `entry ${i + 1} has no \`rule\` and \`hash\`` });
    }
    const pos = lc.linePos(item.range?.[0] ?? 0);
    const e: LocatedEntry = {
      rule: v.rule,
      messageId: typeof v.messageId === 'string' ? v.messageId : '',
      hash: v.hash,
      file: typeof v.file === 'string' ? v.file : '',
      line: typeof v.line === 'number' ? v.line : 0,
      at: { line: pos.line, column: pos.col },
    };
    if (typeof v.entity === 'string') e.entity = v.entity;
    if (typeof v.message === 'string') e.message = v.message;
    if (v.until !== undefined) {
      const u = String(v.until);
      if (isDate(u)) e.until = u;
      else e.badUntil = u;
    }
    if (typeof v.owner === 'string' && v.owner) e.owner = v.owner;
    if (typeof v.reason === 'string') e.reason = v.reason;
    entries.push(e);
  });
  return { abs, name, entries };
}

export interface BaselineOutcome {
  /** Findings not covered by the baseline, plus expired debt (as errors) and the baseline's own warnings. */
  diagnostics: Diagnostic[];
  /** Entries that no longer match a finding. */
  stale: LocatedEntry[];
  /** Entries that matched. */
  matched: LocatedEntry[];
}

/** Hold findings against a baseline: matched ones are dropped unless their debt is past its date. */
export function applyBaseline(
  diagnostics: readonly Diagnostic[],
  baseline: Baseline,
  options: { root: string; today: string; model?: PlanModel },
): BaselineOutcome {
  const rel = path.relative(options.root, baseline.abs).split(path.sep).join('/');
  const byHash = new Map<string, LocatedEntry[]>();
  for (const e of baseline.entries) {
    const l = byHash.get(e.hash) ?? [];
    l.push(e);
    byHash.set(e.hash, l);
  }
  const used = new Set<LocatedEntry>();
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const entry = byHash.get(findingHash(d))?.find((e) => !used.has(e));
    if (!entry) {
      out.push(d);
      continue;
    }
    used.add(entry);
    if (isExpired(entry, options.today)) out.push(expiredDebt(d, entry, { file: rel, ...entry.at }));
  }
  const stale = baseline.entries.filter((e) => !used.has(e));
  const at = (e: LocatedEntry) => ({ file: rel, line: e.at.line, column: e.at.column, severity: 'warn' as const });
  for (const e of stale) {
    out.push({
      ...at(e),
      rule: 'baseline-stale',
      messageId: 'baseline-stale',
      data: { rule: e.rule, entity: e.entity ?? e.file, file: baseline.name },
      hintId: 'baseline-stale.hint',
    });
  }
  for (const e of baseline.entries) {
    if (e.badUntil !== undefined) out.push({ ...at(e), rule: 'baseline-bad-until', messageId: 'baseline-bad-until', data: { value: e.badUntil }, hintId: 'baseline-bad-until.hint' });
    if (e.owner && options.model && !options.model.getOf('Role', e.owner)) {
      out.push({ ...at(e), rule: 'debt-owner-unknown', messageId: 'debt-owner-unknown', data: { owner: e.owner }, hintId: 'debt-owner-unknown.hint' });
    }
  }
  return { diagnostics: out, stale, matched: baseline.entries.filter((e) => used.has(e)) };
}

/** Findings a baseline cannot hold: files that do not parse must be fixed, and the baseline's own warnings. */
function baselinable(d: Diagnostic): boolean {
  return !/^(yaml|file|symlink|line)-/.test(d.rule) && !/^(baseline|debt|suppression)-/.test(d.rule);
}

function compareEntries(a: BaselineEntry, b: BaselineEntry): number {
  const ka = [a.rule, a.entity ?? '', a.hash, a.file, String(a.line).padStart(9, '0')];
  const kb = [b.rule, b.entity ?? '', b.hash, b.file, String(b.line).padStart(9, '0')];
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! < kb[i]! ? -1 : 1;
  return 0;
}

function serialize(entries: BaselineEntry[], file: string): string {
  const clean = entries.map((e) => {
    const o: Record<string, unknown> = { rule: e.rule };
    if (e.entity !== undefined) o.entity = e.entity;
    o.messageId = e.messageId;
    o.hash = e.hash;
    o.file = e.file;
    o.line = e.line;
    if (e.message !== undefined) o.message = e.message;
    if (e.until !== undefined) o.until = e.until;
    if (e.owner !== undefined) o.owner = e.owner;
    if (e.reason !== undefined) o.reason = e.reason;
    return o;
  });
  const data = { [FORMAT_KEY]: 1, findings: clean };
  return isYamlName(file) ? stringify(data, { lineWidth: 0 }) : `${JSON.stringify(data, null, 2)}\n`;
}

/**
 * Write the current findings as the baseline (atomically, in a stable order).
 * Entries of an existing baseline that match keep their `until`, `owner` and
 * `reason`.
 */
export function writeBaseline(abs: string, name: string, diagnostics: readonly Diagnostic[], messageOf: (d: Diagnostic) => string | undefined): number {
  checkWriteTarget(abs, { name }); // before reading it: a plan file is no baseline to merge with
  const previous = existsSync(abs) ? readBaseline(abs, name).entries : [];
  const keep = new Map<string, LocatedEntry[]>();
  for (const e of previous) keep.set(e.hash, [...(keep.get(e.hash) ?? []), e]);
  const entries: BaselineEntry[] = diagnostics.filter(baselinable).map((d) => {
    const e: BaselineEntry = { rule: d.rule, messageId: d.messageId, hash: findingHash(d), file: d.file, line: d.line };
    if (d.entity !== undefined) e.entity = d.entity;
    const m = messageOf(d);
    if (m !== undefined) e.message = m;
    const old = keep.get(e.hash)?.shift();
    if (old?.until !== undefined) e.until = old.until;
    if (old?.owner !== undefined) e.owner = old.owner;
    if (old?.reason !== undefined) e.reason = old.reason;
    return e;
  });
  entries.sort(compareEntries);
  writeFileSafe(abs, serialize(entries, abs), { name });
  return entries.length;
}

/** Rewrite the baseline without its stale entries (atomically); every other entry stays as it was. */
export function pruneBaseline(baseline: Baseline, stale: readonly LocatedEntry[]): number {
  if (!stale.length) return 0;
  const drop = new Set(stale);
  const kept = baseline.entries.filter((e) => !drop.has(e)).map(({ at, badUntil, ...e }) => (badUntil !== undefined ? { ...e, until: badUntil } : e));
  writeFileSafe(baseline.abs, serialize(kept, baseline.abs));
  return stale.length;
}
