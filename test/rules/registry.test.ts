import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES, RULES_BY_ID } from '../../src/rules/index.js';
import type { Rule } from '../../src/rules/types.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Files in src/rules that are machinery, not rules. */
const NOT_RULES = new Set(['index', 'types', 'util', 'engine', 'config', 'presets', 'suppress']);
const KEBAB = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const CATEGORIES = new Set(['goals', 'journeys', 'kpis', 'initiatives', 'team', 'tools', 'rfps', 'roadmap']);

/** The rule ids issue 4 names: part of the contract, so none may disappear or be renamed. */
const CONTRACT_IDS = [
  'goal-no-kpi', 'goal-not-agreed', 'goal-no-owner', 'goals-short-term-only', 'goals-single-perspective', 'goal-no-challenge',
  'challenge-unaddressed', 'journey-ends-at-purchase', 'journey-no-persona', 'stage-no-kpi', 'stage-no-touchpoint',
  'stage-no-owner', 'pain-point-no-opportunity', 'kpi-no-stage', 'kpi-no-goal', 'kpi-no-target', 'kpi-no-baseline',
  'kpi-no-owner', 'kpi-no-source', 'kpi-target-direction', 'kpi-target-outside-period', 'initiative-no-kpi',
  'initiative-no-stage', 'initiative-no-accountable', 'initiative-dates', 'initiative-low-fit', 'raci-multiple-letters',
  'personal-data-no-consent', 'budget-over-plan', 'no-executive-sponsor', 'role-no-responsibility', 'role-overloaded',
  'tool-unused', 'tool-no-purpose', 'tool-no-owner', 'tool-not-connected-to-crm', 'tool-capability-overlap',
  'tool-perpetual-license', 'tool-contract-ends-in-period', 'rfp-evaluation-weights', 'rfp-timeline-order',
  'rfp-no-requirements', 'rfp-no-evaluation', 'rfp-scope-empty', 'rfp-no-price-criterion', 'roadmap-phase-outside-period',
  'initiative-outside-roadmap',
];

const ids = RULES.map((r) => r.meta.id);

function firstLine(file: string): string {
  return readFileSync(file, 'utf8').split(/\r?\n/, 1)[0]!;
}

describe('rule registry', () => {
  it('ids are unique and kebab-case', () => {
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.filter((id) => !KEBAB.test(id))).toEqual([]);
    expect(RULES_BY_ID.size).toBe(ids.length);
  });

  it('registers every rule of the contract', () => {
    expect(CONTRACT_IDS.filter((id) => !RULES_BY_ID.has(id))).toEqual([]);
  });

  it('every rule declares a severity, a category and at least one message', () => {
    const bad = RULES.filter(
      (r) => !['error', 'warn', 'info'].includes(r.meta.severity) || !CATEGORIES.has(r.meta.category) || Object.keys(r.meta.messages).length === 0,
    ).map((r) => r.meta.id);
    expect(bad).toEqual([]);
  });

  it('every registered rule lives in src/rules/<id>.ts, default-exported', async () => {
    const missing: string[] = [];
    for (const rule of RULES) {
      const file = path.join(repo, 'src', 'rules', `${rule.meta.id}.ts`);
      if (!existsSync(file)) {
        missing.push(file);
        continue;
      }
      const mod = (await import(file)) as { default: Rule };
      if (mod.default !== rule) missing.push(`${rule.meta.id}: the registered rule is not the default export of its file`);
    }
    expect(missing).toEqual([]);
  });

  it('no file in src/rules is left out of the registry', () => {
    const files = readdirSync(path.join(repo, 'src', 'rules'))
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.slice(0, -3))
      .filter((f) => !NOT_RULES.has(f));
    expect(files.filter((f) => !RULES_BY_ID.has(f))).toEqual([]);
  });

  it('every rule has tests in test/rules/<id>.test.ts', () => {
    expect(ids.filter((id) => !existsSync(path.join(repo, 'test', 'rules', `${id}.test.ts`)))).toEqual([]);
  });

  it('every rule has docs/rules/<id>.md and docs/ja/rules/<id>.md, each starting with `# <id>`', () => {
    const problems: string[] = [];
    for (const id of ids) {
      for (const rel of [`docs/rules/${id}.md`, `docs/ja/rules/${id}.md`]) {
        const file = path.join(repo, rel);
        if (!existsSync(file)) problems.push(`${rel}: missing`);
        else if (firstLine(file) !== `# ${id}`) problems.push(`${rel}: first line is "${firstLine(file)}", not "# ${id}"`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('no rule docs page is left over from a removed or renamed rule', () => {
    const stray: string[] = [];
    for (const dir of ['docs/rules', 'docs/ja/rules']) {
      const abs = path.join(repo, dir);
      if (!existsSync(abs)) continue;
      for (const f of readdirSync(abs)) {
        if (f.endsWith('.md') && f !== 'README.md' && !RULES_BY_ID.has(f.slice(0, -3))) stray.push(`${dir}/${f}`);
      }
    }
    expect(stray).toEqual([]);
  });
});
