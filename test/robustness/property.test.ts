/**
 * Property-based tests (issue 8 "Robustness"): random valid plans, and
 * random mutations of them (deleted fields, wrong types, dangling
 * references, shuffled order, unicode, huge values, damaged text), never
 * make mplan throw; every diagnostic points at a line:column that exists in
 * its file; exit codes are only 0, 1 or 2; the output does not depend on the
 * order in which the file system lists the files; the same input gives
 * byte-identical output. Runs are bounded and seeded so the suite stays fast
 * and reproducible (a failure prints the seed and the shrunk counterexample).
 */
import * as mockedFs from 'node:fs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it, vi } from 'vitest';
import { editDistance } from '../../src/util/suggest.js';
import { runJson } from '../helpers/cli.js';
import { hasStackTrace, positionExists } from './helpers.js';
import { writePlan } from '../helpers/plan.js';

// The walker lists folders with readdirSync; this lets a test hand its entries
// back in any order, as a different file system would.
const listing = vi.hoisted(() => ({ permute: undefined as undefined | (<T>(entries: T[]) => T[]) }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readdirSync = ((...args: Parameters<typeof fs.readdirSync>) => {
    const out = (fs.readdirSync as (...a: unknown[]) => unknown[])(...args);
    return listing.permute ? listing.permute(out) : out;
  }) as typeof fs.readdirSync;
  return { ...fs, default: { ...fs, readdirSync }, readdirSync };
});

const SEED = 20271013;

// ── a random valid plan ─────────────────────────────────────────────────

type Doc = Record<string, unknown>;
interface PlanSpec {
  roles: number;
  tools: number;
  goals: number;
  journeys: number;
  stages: number;
  kpis: number;
  initiatives: number;
  /** Texts used for names and statements (any unicode). */
  texts: string[];
  /** How documents are grouped into files: each doc's file slot. */
  slots: number[];
}

const text = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
  fc.constantFrom('目標を達成する', 'Kundenerlebnis', 'مرحبا', 'e\u0301te\u0301', '👩‍👩‍👧 family', 'a: b # c', '- dash', '"quoted"', "it's", '{ flow }', '0755', 'true', 'null', '~', '*alias', '&anchor', '!tag'),
);

const planSpec: fc.Arbitrary<PlanSpec> = fc.record({
  roles: fc.integer({ min: 1, max: 4 }),
  tools: fc.integer({ min: 1, max: 3 }),
  goals: fc.integer({ min: 1, max: 3 }),
  journeys: fc.integer({ min: 1, max: 2 }),
  stages: fc.integer({ min: 1, max: 4 }),
  kpis: fc.integer({ min: 1, max: 4 }),
  initiatives: fc.integer({ min: 1, max: 3 }),
  texts: fc.array(text, { minLength: 3, maxLength: 8 }),
  slots: fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 40, maxLength: 40 }),
});

const PHASES = ['awareness', 'interest', 'consideration', 'purchase', 'onboarding', 'usage', 'retention', 'advocacy'];

/** Plan documents with every cross-reference resolving; `mplan.yaml` holds the Plan. */
function buildDocs(p: PlanSpec): Doc[] {
  const t = (i: number) => p.texts[i % p.texts.length]!.trim() || 'x';
  const role = (i: number) => `role-${i % p.roles}`;
  const docs: Doc[] = [];
  docs.push({
    kind: 'Plan',
    id: 'random-plan',
    name: t(0),
    version: 1,
    period: { start: '2027-04-01', end: '2028-03-31' },
    owner: role(0),
    sponsors: [role(0)],
  });
  for (let i = 0; i < p.roles; i++) {
    docs.push({ kind: 'Role', id: role(i), name: t(i), type: 'internal', level: i === 0 ? 'executive' : 'manager', responsibilities: [t(i + 1)] });
  }
  for (let i = 0; i < p.tools; i++) {
    const tool: Doc = { kind: 'Tool', id: `tool-${i}`, name: t(i), category: i === 0 ? 'crm' : 'marketing-automation', purpose: t(i + 2), owner: role(i), capabilities: [`cap-${i}`] };
    if (i > 0) tool.integrations = [{ tool: 'tool-0', direction: 'both' }];
    docs.push(tool);
  }
  for (let i = 0; i < p.goals; i++) {
    docs.push({ kind: 'Goal', id: `goal-${i}`, name: t(i), statement: t(i + 1), owner: role(i), horizon: ['short', 'mid', 'long'][i % 3], perspective: ['customer', 'financial', 'process'][i % 3] });
    docs.push({ kind: 'Challenge', id: `challenge-${i}`, name: t(i), goal: `goal-${i}`, current: t(i + 2), problem: t(i + 3), owner: role(i) });
  }
  const stageRefs: string[] = [];
  for (let j = 0; j < p.journeys; j++) {
    docs.push({ kind: 'Persona', id: `persona-${j}`, name: t(j), needs: [t(j + 1)] });
    const stages = [];
    for (let s = 0; s < p.stages; s++) {
      stages.push({ id: `s${s}`, name: t(s), phase: PHASES[(s * 3) % PHASES.length], owner: role(s), touchpoints: [{ channel: t(s + 1), tool: `tool-${s % p.tools}`, owner: role(s + 1) }] });
      stageRefs.push(`journey-${j}/s${s}`);
    }
    docs.push({ kind: 'Journey', id: `journey-${j}`, name: t(j), persona: `persona-${j}`, stages });
  }
  for (let k = 0; k < p.kpis; k++) {
    docs.push({
      kind: 'KPI',
      id: `kpi-${k}`,
      name: t(k),
      stage: stageRefs[k % stageRefs.length],
      goals: [`goal-${k % p.goals}`],
      owner: role(k),
      source: `tool-${k % p.tools}`,
      direction: 'increase',
      baseline: { value: k, as_of: '2027-03-31' },
      target: { value: k + 10, by: '2028-03-01' },
    });
  }
  for (let i = 0; i < p.initiatives; i++) {
    docs.push({
      kind: 'Initiative',
      id: `initiative-${i}`,
      name: t(i),
      stages: [stageRefs[i % stageRefs.length]],
      kpis: [`kpi-${i % p.kpis}`],
      challenges: [`challenge-${i % p.goals}`],
      tools: [`tool-${i % p.tools}`],
      accountable: role(i),
      start: '2027-05-01',
      end: '2027-09-30',
      consent: t(i + 4),
    });
  }
  docs.push({
    kind: 'RFP',
    id: 'rfp-0',
    title: t(1),
    goals: ['goal-0'],
    scope: { initiatives: ['initiative-0'] },
    requirements: [{ id: 'R1', text: t(2), priority: 'must' }],
    evaluation: [
      { criterion: t(3), weight: 70 },
      { criterion: 'price', weight: 30, price: true },
    ],
  });
  return docs;
}

/** Group documents into files (several per file sometimes); the Plan goes to mplan.yaml. */
function toFiles(docs: Doc[], slots: number[]): Record<string, string> {
  const files: Record<string, Doc[]> = { 'mplan.yaml': [docs[0]!] };
  docs.slice(1).forEach((d, i) => {
    const folder = String(d.kind).toLowerCase();
    const name = `${folder}s/f${slots[i % slots.length]}.yaml`;
    (files[name] ??= []).push(d);
  });
  const out: Record<string, string> = {};
  for (const [name, ds] of Object.entries(files)) out[name] = ds.map((d) => stringify(d, { lineWidth: 0 })).join('---\n');
  return out;
}

// ── mutations ───────────────────────────────────────────────────────────

const HUGE_STRING = '<huge string>';
const HUGE_LIST = '<huge list>';
const HUGE_MAP = '<huge map>';

const weird = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ minLength: 1, maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
  fc.constantFrom(1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, -0, '2027-02-30', '2027-13-01', 'no-such-id', 'journey-0/nope', '__proto__', 'constructor', 'toString'),
  // Huge values are named here and built when applied, so a counterexample prints short.
  fc.constantFrom(HUGE_STRING, HUGE_LIST, HUGE_MAP),
);

/** Build the huge value a token names (60,000-character text, 3,000-item list, 2,000-key map). */
function materialize(v: unknown): unknown {
  if (v === HUGE_STRING) return 'x'.repeat(60_000);
  if (v === HUGE_LIST) return Array.from({ length: 3000 }, (_, i) => `kpi-${i}`);
  if (v === HUGE_MAP) return Object.fromEntries(Array.from({ length: 2000 }, (_, i) => [`x-key-${i}`, i]));
  return v;
}

type DocMutation =
  | { op: 'delete'; doc: number; path: number[] }
  | { op: 'set'; doc: number; path: number[]; value: unknown }
  | { op: 'dangle'; doc: number; path: number[]; id: string }
  | { op: 'duplicate-id'; doc: number; other: number };
type TextMutation = {
  op: 'text';
  file: number;
  how: 'truncate' | 'delete-line' | 'dup-line' | 'tab' | 'insert' | 'crlf' | 'bom' | 'fullwidth-indent' | 'fullwidth-colon' | 'fullwidth-digits' | 'comma';
  at: number;
  str: string;
};
type Mutation = DocMutation | TextMutation;

const idx = fc.nat({ max: 1000 });
const pathArb = fc.array(idx, { minLength: 1, maxLength: 4 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), doc: idx, path: pathArb }),
  fc.record({ op: fc.constant('set' as const), doc: idx, path: pathArb, value: weird }),
  fc.record({ op: fc.constant('dangle' as const), doc: idx, path: pathArb, id: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('goal-9', 'tool-x', 'journey-0/s9', 'role-0')) }),
  fc.record({ op: fc.constant('duplicate-id' as const), doc: idx, other: idx }),
  fc.record({
    op: fc.constant('text' as const),
    file: idx,
    how: fc.constantFrom('truncate', 'delete-line', 'dup-line', 'tab', 'insert', 'crlf', 'bom', 'fullwidth-indent', 'fullwidth-colon', 'fullwidth-digits', 'comma'),
    at: fc.nat(),
    str: fc.string({ unit: 'binary', maxLength: 12 }),
  }),
);

/** Walk `path` (indexes into keys / items) down a document; returns the container and key of the last step. */
function reach(doc: Doc, p: number[]): { parent: Record<string, unknown> | unknown[]; key: string | number } | undefined {
  let cur: unknown = doc;
  let parent: Record<string, unknown> | unknown[] | undefined;
  let key: string | number | undefined;
  for (const n of p) {
    if (Array.isArray(cur)) {
      if (!cur.length) break;
      parent = cur;
      key = n % cur.length;
    } else if (cur && typeof cur === 'object') {
      const keys = Object.keys(cur);
      if (!keys.length) break;
      parent = cur as Record<string, unknown>;
      key = keys[n % keys.length]!;
    } else break;
    cur = (parent as Record<string | number, unknown>)[key];
  }
  return parent && key !== undefined ? { parent, key } : undefined;
}

function applyDocMutation(docs: Doc[], m: DocMutation): void {
  const d = docs[m.doc % docs.length]!;
  if (m.op === 'duplicate-id') {
    d.id = docs[m.other % docs.length]!.id;
    return;
  }
  const at = reach(d, m.path);
  if (!at) return;
  const { parent, key } = at;
  if (m.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(key as number, 1);
    else delete parent[key as string];
  } else if (m.op === 'set') {
    (parent as Record<string | number, unknown>)[key] = materialize(m.value);
  } else {
    (parent as Record<string | number, unknown>)[key] = m.id;
  }
}

function applyTextMutation(files: Record<string, string>, m: TextMutation): void {
  const names = Object.keys(files).sort();
  const name = names[m.file % names.length]!;
  let s = files[name]!;
  const lines = s.split('\n');
  const li = m.at % Math.max(1, lines.length);
  switch (m.how) {
    case 'truncate':
      s = s.slice(0, m.at % (s.length + 1));
      break;
    case 'delete-line':
      lines.splice(li, 1);
      s = lines.join('\n');
      break;
    case 'dup-line':
      lines.splice(li, 0, lines[li] ?? '');
      s = lines.join('\n');
      break;
    case 'tab':
      lines[li] = `\t${lines[li] ?? ''}`;
      s = lines.join('\n');
      break;
    case 'insert': {
      const pos = m.at % (s.length + 1);
      s = s.slice(0, pos) + m.str + s.slice(pos);
      break;
    }
    case 'crlf':
      s = s.replace(/\n/g, '\r\n');
      break;
    case 'bom':
      s = `\ufeff${s}`;
      break;
    // Typing slips of a Japanese input method, or of a thousands separator, on one line.
    case 'fullwidth-indent':
      lines[li] = (lines[li] ?? '').replace(/^ {1,2}/, '\u3000');
      s = lines.join('\n');
      break;
    case 'fullwidth-colon':
      lines[li] = (lines[li] ?? '').replace(/: /, '：');
      s = lines.join('\n');
      break;
    case 'fullwidth-digits':
      lines[li] = (lines[li] ?? '').replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
      s = lines.join('\n');
      break;
    case 'comma':
      lines[li] = (lines[li] ?? '').replace(/(\d)(\d{3})\b/, '$1,$2').replace(/(\w) (\w)/, '$1, $2');
      s = lines.join('\n');
      break;
  }
  files[name] = s;
}

/** The files as a plan folder, written in this order. */
function writeFiles(files: Record<string, string>, order: string[] = Object.keys(files)): string {
  return writePlan(Object.fromEntries(order.map((rel) => [rel, files[rel]!])), null);
}

function build(spec: PlanSpec, mutations: Mutation[]): Record<string, string> {
  const docs = buildDocs(spec);
  for (const m of mutations) if (m.op !== 'text') applyDocMutation(docs, m);
  const files = toFiles(docs, spec.slots);
  for (const m of mutations) if (m.op === 'text') applyTextMutation(files, m);
  return files;
}

/** Every property every run must have: a code of 0/1/2, no crash, every diagnostic located in its file. */
async function checkRun(args: string[], dir: string): Promise<Awaited<ReturnType<typeof runJson>>> {
  const run = await runJson([...args, dir], dir);
  expect([0, 1, 2]).toContain(run.code);
  expect(run.code, run.stderr).not.toBe(2); // a plan's content is never a usage error
  expect(hasStackTrace(run.stderr), run.stderr).toBe(false);
  expect(run.stderr).toBe('');
  for (const d of run.diagnostics) {
    const abs = path.join(dir, d.file);
    let content: Buffer | undefined;
    try {
      content = readFileSync(abs);
    } catch {
      content = undefined;
    }
    expect(content, `${d.rule} points at ${d.file}, which exists`).toBeDefined();
    expect(positionExists(content!, d.line, d.column), `${d.rule} at ${d.file}:${d.line}:${d.column} exists`).toBe(true);
    expect(d.message).not.toBe(d.messageId);
  }
  return run;
}

const opts = (numRuns: number) => ({ numRuns, seed: SEED });

describe('random plans', () => {
  it('a random valid plan validates clean, and lint never throws', async () => {
    await fc.assert(
      fc.asyncProperty(planSpec, async (spec) => {
        const dir = writeFiles(build(spec, []));
        const v = await checkRun(['validate'], dir);
        expect(v.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(v.code).toBe(0);
        await checkRun(['lint'], dir);
      }),
      opts(25),
    );
  });

  it('random mutations never make mplan throw, and every diagnostic is located in its file', async () => {
    await fc.assert(
      fc.asyncProperty(planSpec, fc.array(mutation, { minLength: 1, maxLength: 6 }), async (spec, mutations) => {
        const dir = writeFiles(build(spec, mutations));
        await checkRun(['validate'], dir);
        await checkRun(['lint'], dir);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      opts(60),
    );
  });

  it('a full-width colon or space typed after `kind` in any document gives one message, at the slip, in en and ja', async () => {
    await fc.assert(
      fc.asyncProperty(planSpec, fc.nat(), fc.boolean(), async (spec, pick, colon) => {
        const files = build(spec, []);
        const names = Object.keys(files).sort();
        const name = names[pick % names.length]!;
        const lines = files[name]!.split('\n');
        const kindLines = lines.flatMap((l, i) => (l.startsWith('kind: ') ? [i] : []));
        const li = kindLines[Math.floor(pick / names.length) % kindLines.length]!;
        lines[li] = lines[li]!.replace('kind: ', colon ? 'kind：' : 'kind:\u3000');
        files[name] = lines.join('\n');
        const dir = writeFiles(files);
        const want = colon ? `yaml-fullwidth-colon@${li + 1}:5` : `yaml-fullwidth-space-after-colon@${li + 1}:6`;
        for (const lang of ['en', 'ja']) {
          const run = await checkRun(['validate', '--lang', lang], dir);
          const inFile = run.diagnostics.filter((d) => d.file === name && /^(yaml|schema)-/.test(d.rule));
          expect(inFile.map((d) => `${d.messageId}@${d.line}:${d.column}`)).toEqual([want]);
          expect(inFile[0]!.hint).toContain('kind: …');
        }
      }),
      opts(15),
    );
  });

  it('lint output is the same whatever order the files are created and listed in, and byte-identical run to run', async () => {
    await fc.assert(
      fc.asyncProperty(
        planSpec,
        fc.array(mutation, { maxLength: 3 }),
        fc.integer(),
        async (spec, mutations, shuffleSeed) => {
          const files = build(spec, mutations);
          const names = Object.keys(files);
          const a = writeFiles(files, names);
          const b = writeFiles(files, shuffle(names, shuffleSeed));
          const first = await checkRun(['lint'], a);
          const again = await checkRun(['lint'], a);
          expect(again.stdout).toBe(first.stdout);
          listing.permute = <T,>(entries: T[]) => shuffle(entries, shuffleSeed);
          let other;
          try {
            other = await checkRun(['lint'], b);
          } finally {
            listing.permute = undefined;
          }
          expect(other.code).toBe(first.code);
          expect(other.stdout).toBe(first.stdout);
        },
      ),
      opts(20),
    );
  });

  it('the readdir hook is really in the loader path (so the order test above can fail)', () => {
    // Guards the test above: if the mock stopped applying, shuffling would be a no-op.
    listing.permute = <T,>(entries: T[]) => [...entries].reverse();
    try {
      const dir = writeFiles({ 'a.yaml': '', 'b.yaml': '' });
      const names = (mockedFs.readdirSync(dir) as string[]).filter((n) => n.endsWith('.yaml'));
      expect(names).toEqual(['b.yaml', 'a.yaml']);
    } finally {
      listing.permute = undefined;
    }
  });
});

describe('editDistance (sped up for did-you-mean over large plans)', () => {
  /** Textbook Levenshtein distance. */
  const reference = (a: string, b: string): number => {
    const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
    for (let j = 1; j <= b.length; j++) d[0]![j] = j;
    for (let i = 1; i <= a.length; i++) {
      for (let j = 1; j <= b.length; j++) {
        d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      }
    }
    return d[a.length]![b.length]!;
  };

  it('equals the textbook distance, capped at max + 1', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '-', 'é', '目'), maxLength: 90 });
    fc.assert(
      fc.property(word, word, fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }), (a, b, max) => {
        const want = reference(a, b);
        expect(editDistance(a, b, max)).toBe(max === undefined ? want : Math.min(want, max + 1));
      }),
      { numRuns: 300, seed: SEED },
    );
  });
});

/** Deterministic Fisher–Yates shuffle. */
function shuffle<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs];
  let s = seed >>> 0 || 1;
  for (let i = out.length - 1; i > 0; i--) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    const j = (s >>> 0) % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
