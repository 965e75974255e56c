import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it, beforeAll } from 'vitest';
import _Ajv from 'ajv';
import type { Ajv as AjvInstance, ErrorObject, ValidateFunction } from 'ajv';
import { addMplanFormats, CURRENCIES } from '../src/validate/formats.js';

// ajv is CommonJS: under NodeNext the default import may be the module object.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const Ajv: typeof _Ajv.default = (_Ajv as any).default ?? _Ajv;

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SCHEMAS_DIR = join(ROOT, 'schemas');
const BASE = 'https://mplan.dev/schemas/v1/';

const KINDS = ['Plan', 'Goal', 'Challenge', 'Persona', 'Journey', 'KPI', 'Initiative', 'Role', 'Tool', 'RFP'] as const;
type Kind = (typeof KINDS)[number];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

function loadSchemaFiles(): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const f of readdirSync(SCHEMAS_DIR).filter((f) => f.endsWith('.schema.json')).sort()) {
    out[f] = JSON.parse(readFileSync(join(SCHEMAS_DIR, f), 'utf8'));
  }
  return out;
}

function makeAjv(schemas: Record<string, Json>): AjvInstance {
  const ajv = new Ajv({ strict: true, allErrors: true, allowUnionTypes: true, verbose: true });
  addMplanFormats(ajv);
  for (const s of Object.values(schemas)) ajv.addSchema(s);
  return ajv;
}

const fileOf = (k: Kind) => `${k.toLowerCase()}.schema.json`;

/** The smallest valid document of each kind (only required fields). */
const MINIMAL: Record<Kind, Json> = {
  Plan: { kind: 'Plan', id: 'p', name: 'Plan', version: 1 },
  Goal: { kind: 'Goal', id: 'g', name: 'Goal', statement: 'Customers feel at home.' },
  Challenge: { kind: 'Challenge', id: 'c', name: 'C', goal: 'g', current: 'today', problem: 'gap' },
  Persona: { kind: 'Persona', id: 'pe', name: 'Persona' },
  Journey: { kind: 'Journey', id: 'j', name: 'J', stages: [{ id: 's1', name: 'Stage 1' }] },
  KPI: { kind: 'KPI', id: 'k', name: 'KPI' },
  Initiative: { kind: 'Initiative', id: 'i', name: 'Initiative' },
  Role: { kind: 'Role', id: 'r', name: 'Role', type: 'internal' },
  Tool: { kind: 'Tool', id: 't', name: 'Tool', category: 'crm' },
  RFP: { kind: 'RFP', id: 'rfp', title: 'RFP' },
};

const clone = <T>(v: T): T => structuredClone(v);
const msgs = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map((e) => `${e.instancePath} ${e.keyword} ${e.message}`);

let schemas: Record<string, Json>;
let ajv: AjvInstance;
const v = (k: Kind): ValidateFunction => ajv.getSchema(BASE + fileOf(k))!;
const dispatch = (): ValidateFunction => ajv.getSchema(BASE + 'mplan.schema.json')!;

beforeAll(() => {
  schemas = loadSchemaFiles();
  ajv = makeAjv(schemas);
});

describe('schema files', () => {
  it('has one schema per kind, plus defs and the dispatcher, with the expected $id', () => {
    const expected = [...KINDS.map(fileOf), 'defs.schema.json', 'mplan.schema.json'].sort();
    expect(Object.keys(schemas).sort()).toEqual(expected);
    for (const [file, s] of Object.entries(schemas)) {
      expect(s.$id).toBe(BASE + file);
      expect(s.$schema).toBe('http://json-schema.org/draft-07/schema#');
      expect(typeof s.title).toBe('string');
      expect(typeof s.description).toBe('string');
    }
  });

  it('all compile under strict Ajv with the mplan formats', () => {
    for (const file of Object.keys(schemas)) {
      const fn = ajv.getSchema(BASE + file);
      expect(fn, file).toBeTypeOf('function');
    }
  });

  it('fails to compile in strict mode when a schema uses an unknown keyword (sanity check of the harness)', () => {
    const bad = clone(schemas);
    bad['goal.schema.json'].properties.name.markdownDescription = 'x';
    expect(() => makeAjv(bad).getSchema(BASE + 'goal.schema.json')).toThrow(/unknown keyword/);
  });

  it('defs has the shared definitions', () => {
    const defs = schemas['defs.schema.json'].definitions;
    for (const name of ['id', 'ref', 'stageRef', 'date', 'text', 'textOrList', 'textList', 'money', 'severity', 'currency']) {
      expect(defs, name).toHaveProperty(name);
    }
    expect(defs.money.required).toEqual(['amount', 'currency']);
    expect(defs.date.format).toBe('date');
    expect(defs.currency.format).toBe('currency');
  });

  it('every property at every depth has a title and a description', () => {
    const missing: string[] = [];
    const walk = (s: Json, path: string) => {
      if (!s || typeof s !== 'object') return;
      if (Array.isArray(s)) return s.forEach((x, i) => walk(x, `${path}[${i}]`));
      for (const [key, prop] of Object.entries<Json>(s.properties ?? {})) {
        const p = `${path}.properties.${key}`;
        if (typeof prop.title !== 'string' || !prop.title.trim()) missing.push(`${p} (title)`);
        if (typeof prop.description !== 'string' || !prop.description.trim()) missing.push(`${p} (description)`);
      }
      for (const [key, sub] of Object.entries<Json>(s)) {
        // `if` only tests the dispatcher's `kind`; users never see it as a field.
        if (key === 'examples' || key === 'enum' || key === 'const' || key === 'default' || key === 'if') continue;
        if (sub && typeof sub === 'object') walk(sub, `${path}.${key}`);
      }
    };
    for (const [file, s] of Object.entries(schemas)) walk(s, file);
    expect(missing).toEqual([]);
  });

  it('every object is closed (additionalProperties: false) except for x- keys, unless it is a map', () => {
    const open: string[] = [];
    const walk = (s: Json, path: string) => {
      if (!s || typeof s !== 'object') return;
      if (Array.isArray(s)) return s.forEach((x, i) => walk(x, `${path}[${i}]`));
      if (s.properties) {
        if (s.additionalProperties !== false) open.push(`${path} (additionalProperties)`);
        if (!s.patternProperties || !('^x-' in s.patternProperties)) open.push(`${path} (^x-)`);
      }
      for (const [key, sub] of Object.entries<Json>(s)) {
        if (key === 'examples') continue;
        walk(sub, `${path}.${key}`);
      }
    };
    // The dispatcher only looks at `kind`; each kind schema closes the object.
    for (const [file, s] of Object.entries(schemas)) if (file !== 'mplan.schema.json') walk(s, file);
    expect(open).toEqual([]);
  });

  it('each kind schema: kind is const, id is required, name (title for RFP) is required', () => {
    for (const k of KINDS) {
      const s = schemas[fileOf(k)];
      expect(s.type).toBe('object');
      expect(s.properties.kind.const).toBe(k);
      expect(s.required).toContain('kind');
      expect(s.required).toContain('id');
      expect(s.required).toContain(k === 'RFP' ? 'title' : 'name');
      for (const r of s.required) expect(s.properties, `${k}.${r}`).toHaveProperty(r);
    }
  });

  it('required fields are exactly the ones without "?" in the plan format', () => {
    const req = (k: Kind) => [...schemas[fileOf(k)].required].sort();
    expect(req('Plan')).toEqual(['id', 'kind', 'name', 'version']);
    expect(req('Goal')).toEqual(['id', 'kind', 'name', 'statement']);
    expect(req('Challenge')).toEqual(['current', 'goal', 'id', 'kind', 'name', 'problem']);
    expect(req('Persona')).toEqual(['id', 'kind', 'name']);
    expect(req('Journey')).toEqual(['id', 'kind', 'name', 'stages']);
    expect(req('KPI')).toEqual(['id', 'kind', 'name']);
    expect(req('Initiative')).toEqual(['id', 'kind', 'name']);
    expect(req('Role')).toEqual(['id', 'kind', 'name', 'type']);
    expect(req('Tool')).toEqual(['category', 'id', 'kind', 'name']);
    expect(req('RFP')).toEqual(['id', 'kind', 'title']);
  });
});

describe('documents', () => {
  it.each(KINDS)('a minimal %s passes its own schema and the dispatcher', (k) => {
    const fn = v(k);
    expect(fn(MINIMAL[k]), msgs(fn.errors).join('\n')).toBe(true);
    const d = dispatch();
    expect(d(MINIMAL[k]), msgs(d.errors).join('\n')).toBe(true);
  });

  it.each(KINDS)('the %s example in the schema is valid', (k) => {
    const s = schemas[fileOf(k)];
    expect(s.examples?.length).toBeGreaterThan(0);
    for (const ex of s.examples) {
      const fn = v(k);
      expect(fn(ex), msgs(fn.errors).join('\n')).toBe(true);
      expect(dispatch()(ex)).toBe(true);
    }
  });

  it.each(KINDS)('%s rejects an unknown key and accepts an x- key', (k) => {
    const fn = v(k);
    expect(fn({ ...MINIMAL[k], ownr: 'r' })).toBe(false);
    expect(fn.errors?.some((e) => e.keyword === 'additionalProperties' && e.params.additionalProperty === 'ownr')).toBe(true);
    expect(fn({ ...MINIMAL[k], 'x-jira': 'MKT-1', 'x-notes': { any: ['thing'] } }), msgs(fn.errors).join('\n')).toBe(true);
    expect(dispatch()({ ...MINIMAL[k], ownr: 'r' })).toBe(false);
  });

  it.each(KINDS)('%s requires id and a valid id', (k) => {
    const fn = v(k);
    const { id: _omit, ...noId } = MINIMAL[k];
    expect(fn(noId)).toBe(false);
    expect(fn.errors?.some((e) => e.keyword === 'required' && e.params.missingProperty === 'id')).toBe(true);
    for (const bad of ['Upper', '-lead', 'with space', 'under_score', '', 12]) {
      expect(fn({ ...MINIMAL[k], id: bad }), String(bad)).toBe(false);
    }
    expect(fn({ ...MINIMAL[k], id: '2025-q1-push' })).toBe(true);
  });

  it('unknown keys are rejected in nested objects too, x- keys accepted', () => {
    const j = clone(MINIMAL.Journey);
    j.stages[0].touchpoints = [{ channel: 'web', chanel: 'typo' }];
    expect(v('Journey')(j)).toBe(false);
    j.stages[0].touchpoints = [{ channel: 'web', 'x-utm': 'abc' }];
    j.stages[0]['x-owner-note'] = 'ok';
    expect(v('Journey')(j), msgs(v('Journey').errors).join('\n')).toBe(true);

    const p = { ...MINIMAL.Plan, budget: { amount: 1, currency: 'JPY', curency: 'JPY' } };
    expect(v('Plan')(p)).toBe(false);
  });

  it('Plan: version must be 1', () => {
    const fn = v('Plan');
    for (const version of [2, 0, '1', 1.5]) {
      expect(fn({ ...MINIMAL.Plan, version }), String(version)).toBe(false);
      expect(fn.errors?.some((e) => e.keyword === 'const' && e.instancePath === '/version')).toBe(true);
    }
    const { version: _v, ...noVersion } = MINIMAL.Plan;
    expect(fn(noVersion)).toBe(false);
  });

  it('Plan: locale, period, roadmap and lint', () => {
    const fn = v('Plan');
    const ok = (doc: Json) => {
      const r = fn(doc);
      return r ? true : msgs(fn.errors).join('\n');
    };
    expect(ok({ ...MINIMAL.Plan, locale: 'ja' })).toBe(true);
    expect(fn({ ...MINIMAL.Plan, locale: 'fr' })).toBe(false);
    expect(fn({ ...MINIMAL.Plan, period: { start: '2025-04-01' } })).toBe(false);
    expect(ok({ ...MINIMAL.Plan, roadmap: [{ id: 'p1', name: 'P1', start: '2025-04-01', end: '2025-06-30', initiatives: ['i'], exit_criteria: ['done'] }] })).toBe(true);
    expect(fn({ ...MINIMAL.Plan, roadmap: [{ id: 'p1', name: 'P1', start: '2025-04-01' }] })).toBe(false);
    expect(
      ok({
        ...MINIMAL.Plan,
        lint: {
          extends: ['mplan:recommended', 'mplan:strict'],
          rules: { 'a-rule': 'off', 'b-rule': 'info', 'c-rule': ['warn'], 'd-rule': ['error', { max: 3 }] },
          ignore: ['drafts/**'],
          custom: [{ id: 'my-rule', severity: 'warn', message: 'x', select: { kind: 'KPI', where: { unit: 'percent' } }, assert: { cadence: ['monthly', 'weekly'] } }],
          plugins: ['./lint/rules.mjs'],
        },
      }),
    ).toBe(true);
    expect(ok({ ...MINIMAL.Plan, lint: { extends: 'mplan:minimal' } })).toBe(true);
    for (const bad of ['warning', 2, ['warn', 'x'], ['warn', {}, 'extra'], [], ['loud']]) {
      expect(fn({ ...MINIMAL.Plan, lint: { rules: { r: bad } } }), JSON.stringify(bad)).toBe(false);
    }
    expect(fn({ ...MINIMAL.Plan, lint: { rule: {} } })).toBe(false);
    expect(fn({ ...MINIMAL.Plan, lint: { custom: [{ id: 'my-rule', anything: true }] } })).toBe(false);
  });

  it('enum failures are reported as enum errors', () => {
    const cases: Array<[Kind, Json, string]> = [
      ['Goal', { perspective: 'people' }, '/perspective'],
      ['Goal', { horizon: 'medium' }, '/horizon'],
      ['Challenge', { priority: 'urgent' }, '/priority'],
      ['KPI', { unit: 'percentage' }, '/unit'],
      ['KPI', { category: 'awareness' }, '/category'],
      ['KPI', { direction: 'up' }, '/direction'],
      ['KPI', { cadence: 'yearly' }, '/cadence'],
      ['Role', { type: 'external' }, '/type'],
      ['Role', { level: 'director' }, '/level'],
      ['Role', { partner_type: 'agency' }, '/partner_type'],
      ['Tool', { category: 'spreadsheet' }, '/category'],
      ['Tool', { license: 'saas' }, '/license'],
      ['Tool', { status: 'live' }, '/status'],
      ['RFP', { partner_type: 'freelancer' }, '/partner_type'],
      ['Plan', { locale: 'de' }, '/locale'],
    ];
    for (const [k, patch, path] of cases) {
      const fn = v(k);
      expect(fn({ ...MINIMAL[k], ...patch }), `${k} ${path}`).toBe(false);
      expect(fn.errors?.some((e) => e.keyword === 'enum' && e.instancePath === path), `${k} ${path}`).toBe(true);
    }
    const j = clone(MINIMAL.Journey);
    j.stages[0].phase = 'loyalty';
    expect(v('Journey')(j)).toBe(false);
    expect(v('Journey').errors?.some((e) => e.keyword === 'enum' && e.instancePath === '/stages/0/phase')).toBe(true);
    const t = { ...MINIMAL.Tool, integrations: [{ tool: 'crm', direction: 'sideways' }] };
    expect(v('Tool')(t)).toBe(false);
    const r = { ...MINIMAL.RFP, requirements: [{ id: 'R1', text: 'x', priority: 'would' }] };
    expect(v('RFP')(r)).toBe(false);
  });

  it('every enum in plan-format.md is accepted', () => {
    const accepts = (k: Kind, field: string, values: string[]) => {
      for (const val of values) expect(v(k)({ ...MINIMAL[k], [field]: val }), `${k}.${field}=${val}`).toBe(true);
    };
    accepts('Goal', 'perspective', ['financial', 'customer', 'process', 'learning']);
    accepts('Goal', 'horizon', ['short', 'mid', 'long']);
    accepts('Challenge', 'priority', ['high', 'medium', 'low']);
    accepts('KPI', 'unit', ['percent', 'count', 'currency', 'ratio', 'duration', 'score']);
    accepts('KPI', 'category', ['education', 'engagement', 'advocacy', 'conversion', 'financial', 'operational']);
    accepts('KPI', 'direction', ['increase', 'decrease', 'maintain']);
    accepts('KPI', 'cadence', ['daily', 'weekly', 'monthly', 'quarterly']);
    accepts('Role', 'type', ['internal', 'partner']);
    accepts('Role', 'level', ['executive', 'manager', 'practitioner']);
    const partners = ['media-agency', 'digital-agency', 'creative-agency', 'platform', 'consultancy', 'vendor', 'other'];
    accepts('Role', 'partner_type', partners);
    accepts('RFP', 'partner_type', partners);
    accepts('Tool', 'category', [
      'marketing-automation', 'crm', 'analytics', 'cms', 'cdp', 'ads', 'social', 'scrm',
      'email', 'survey', 'bi', 'tag-manager', 'ecommerce', 'other',
    ]);
    accepts('Tool', 'license', ['subscription', 'perpetual', 'open-source', 'free']);
    accepts('Tool', 'status', ['active', 'planned', 'evaluating', 'retiring']);
    const phases = ['awareness', 'interest', 'consideration', 'purchase', 'onboarding', 'usage', 'retention', 'advocacy'];
    for (const phase of phases) {
      expect(v('Journey')({ ...MINIMAL.Journey, stages: [{ id: 's', name: 'S', phase }] }), phase).toBe(true);
    }
    for (const direction of ['to', 'from', 'both']) {
      expect(v('Tool')({ ...MINIMAL.Tool, integrations: [{ tool: 'x', direction }] })).toBe(true);
    }
  });

  it('integer ranges: emotion, Goal priority, fit scores', () => {
    const stage = (emotion: Json) => ({ ...MINIMAL.Journey, stages: [{ id: 's', name: 'S', emotion }] });
    for (const e of [1, 3, 5]) expect(v('Journey')(stage(e))).toBe(true);
    for (const e of [0, 6, 2.5, '3']) expect(v('Journey')(stage(e)), String(e)).toBe(false);
    for (const p of [1, 5]) expect(v('Goal')({ ...MINIMAL.Goal, priority: p })).toBe(true);
    for (const p of [0, 6, 1.5, 'high']) expect(v('Goal')({ ...MINIMAL.Goal, priority: p }), String(p)).toBe(false);
    const fit = { purpose: 5, target: 4, budget: 3, differentiation: 2, sustainability: 1 };
    expect(v('Initiative')({ ...MINIMAL.Initiative, fit })).toBe(true);
    expect(v('Initiative')({ ...MINIMAL.Initiative, fit: { purpose: 3 } })).toBe(true);
    expect(v('Initiative')({ ...MINIMAL.Initiative, fit: { ...fit, budget: 7 } })).toBe(false);
    expect(v('Initiative')({ ...MINIMAL.Initiative, fit: { ...fit, cost: 3 } })).toBe(false);
  });

  it('Journey: stages need at least one entry, each with id and name', () => {
    expect(v('Journey')({ ...MINIMAL.Journey, stages: [] })).toBe(false);
    expect(v('Journey')({ ...MINIMAL.Journey, stages: [{ id: 's' }] })).toBe(false);
    expect(v('Journey')({ ...MINIMAL.Journey, stages: [{ name: 'S' }] })).toBe(false);
    const { stages: _s, ...noStages } = MINIMAL.Journey;
    expect(v('Journey')(noStages)).toBe(false);
    // text or list of text
    expect(v('Journey')({ ...MINIMAL.Journey, stages: [{ id: 's', name: 'S', actions: 'one', thoughts: ['a', 'b'] }] })).toBe(true);
    expect(v('Journey')({ ...MINIMAL.Journey, stages: [{ id: 's', name: 'S', actions: [1] }] })).toBe(false);
    expect(v('Journey')({ ...MINIMAL.Journey, stages: [{ id: 's', name: 'S', touchpoints: [{ tool: 'x' }] }] })).toBe(false);
  });

  it('stage references are journey-id/stage-id', () => {
    for (const stage of ['buyer/onboarding', 'j1/s-2']) expect(v('KPI')({ ...MINIMAL.KPI, stage }), stage).toBe(true);
    for (const stage of ['onboarding', 'a/b/c', 'Buyer/x', 'a/']) expect(v('KPI')({ ...MINIMAL.KPI, stage }), stage).toBe(false);
    expect(v('Initiative')({ ...MINIMAL.Initiative, stages: ['j/s', 'j/t'] })).toBe(true);
    expect(v('Initiative')({ ...MINIMAL.Initiative, stages: ['j'] })).toBe(false);
    expect(v('RFP')({ ...MINIMAL.RFP, scope: { stages: ['j/s'], initiatives: ['i'] } })).toBe(true);
  });

  it('KPI: baseline needs a value, target without a by date is valid', () => {
    expect(v('KPI')({ ...MINIMAL.KPI, target: { value: 25 } })).toBe(true);
    expect(v('KPI')({ ...MINIMAL.KPI, target: { by: '2026-03-31' } })).toBe(false);
    expect(v('KPI')({ ...MINIMAL.KPI, baseline: { value: 18, as_of: '2025-03-31' } })).toBe(true);
    expect(v('KPI')({ ...MINIMAL.KPI, baseline: { value: '18%' } })).toBe(false);
  });

  it('Initiative: automation offsets', () => {
    const step = (at: string) => ({ ...MINIMAL.Initiative, automation: [{ at, channel: 'email', message: 'hi' }] });
    for (const at of ['-7d', '-3d', '-1h', '+1d', '+30m', '+2w', '-10d']) expect(v('Initiative')(step(at)), at).toBe(true);
    for (const at of ['7d', '-7', '-7days', 'T-7d', '+1y', '-1.5h', '']) expect(v('Initiative')(step(at)), at).toBe(false);
    expect(v('Initiative')({ ...MINIMAL.Initiative, automation: [{ at: '-1d', channel: 'email' }] })).toBe(false);
    expect(v('Initiative')({ ...MINIMAL.Initiative, automation: [{ at: '-1d', channel: 'email', message: 'm', audience: 'all' }] })).toBe(true);
  });

  it('Tool: cost is money per month or year', () => {
    expect(v('Tool')({ ...MINIMAL.Tool, cost: { amount: 100, currency: 'USD', per: 'month' } })).toBe(true);
    expect(v('Tool')({ ...MINIMAL.Tool, cost: { amount: 100, currency: 'USD', per: 'year' } })).toBe(true);
    expect(v('Tool')({ ...MINIMAL.Tool, cost: { amount: 100, currency: 'USD', per: 'week' } })).toBe(false);
    expect(v('Tool')({ ...MINIMAL.Tool, cost: { amount: -1, currency: 'USD', per: 'month' } })).toBe(false);
    expect(v('Tool')({ ...MINIMAL.Tool, cost: { amount: 100, currency: 'usd', per: 'month' } })).toBe(false);
  });

  it('RFP: requirements, budget, evaluation, submission', () => {
    const fn = v('RFP');
    const ok = (patch: Json) => fn({ ...MINIMAL.RFP, ...patch });
    expect(ok({ requirements: [{ id: 'R1', text: 't', priority: 'must' }, { id: 'sec-2.1', text: 't', priority: 'could' }] })).toBe(true);
    expect(ok({ requirements: [{ id: 'R 1', text: 't', priority: 'must' }] })).toBe(false);
    expect(ok({ requirements: [{ id: 'R1', text: 't' }] })).toBe(false);
    expect(ok({ budget: { currency: 'JPY' } })).toBe(true);
    expect(ok({ budget: { min: 1, max: 2, currency: 'EUR' } })).toBe(true);
    expect(ok({ budget: { min: 1, max: 2 } })).toBe(false);
    expect(ok({ budget: { min: 1, currency: 'YEN' } })).toBe(false);
    expect(ok({ evaluation: [{ criterion: 'price', weight: 30, price: true }, { criterion: 'fit', weight: 70 }] })).toBe(true);
    expect(ok({ evaluation: [{ criterion: 'x', weight: 101 }] })).toBe(false);
    expect(ok({ evaluation: [{ criterion: 'x', weight: -1 }] })).toBe(false);
    expect(ok({ evaluation: [{ criterion: 'x', weight: 10, price: 'yes' }] })).toBe(false);
    expect(ok({ submission: { format: 'PDF', contact: '1-2-3 Chiyoda, Tokyo', instructions: 'x' } })).toBe(true);
    expect(ok({ timeline: { issued: '2025-04-01', questions_due: '2025-04-10', proposals_due: '2025-04-30', decision: '2025-05-15', start: '2025-06-01' } })).toBe(true);
    expect(ok({ timeline: { issued: '2025/04/01' } })).toBe(false);
    expect(ok({ name: 'RFP' })).toBe(false);
    const { title: _t, ...noTitle } = MINIMAL.RFP;
    expect(fn(noTitle)).toBe(false);
  });
});

describe('formats', () => {
  it('dates are real YYYY-MM-DD days', () => {
    const fn = v('Initiative');
    for (const d of ['2025-04-01', '2024-02-29', '2025-12-31']) expect(fn({ ...MINIMAL.Initiative, start: d }), d).toBe(true);
    for (const d of ['2025-02-30', '2025-13-01', '2025/04/01', '25-04-01', '2025-4-1', '2025-04-01T00:00:00Z', 'April 1']) {
      expect(fn({ ...MINIMAL.Initiative, start: d }), d).toBe(false);
      expect(fn.errors?.some((e) => e.keyword === 'format' && e.params.format === 'date'), d).toBe(true);
    }
    expect(fn({ ...MINIMAL.Initiative, start: 20250401 })).toBe(false);
  });

  it('currency codes are checked against ISO 4217', () => {
    const fn = v('Initiative');
    const budget = (currency: Json) => ({ ...MINIMAL.Initiative, budget: { amount: 100, currency } });
    for (const c of ['JPY', 'USD', 'EUR', 'GBP', 'CNY', 'KRW']) expect(fn(budget(c)), c).toBe(true);
    for (const c of ['YEN', 'usd', 'Jpy', 'EURO', 'ABC', 'HRK', '']) {
      expect(fn(budget(c)), c).toBe(false);
      expect(fn.errors?.some((e) => e.keyword === 'format' && e.params.format === 'currency'), c).toBe(true);
    }
    expect(fn({ ...MINIMAL.Initiative, budget: { amount: 100 } })).toBe(false);
    expect(fn({ ...MINIMAL.Initiative, budget: { amount: '100', currency: 'JPY' } })).toBe(false);
  });

  it('CURRENCIES holds the ISO 4217 codes', () => {
    expect(CURRENCIES.size).toBeGreaterThan(170);
    for (const c of CURRENCIES) expect(c).toMatch(/^[A-Z]{3}$/);
    for (const c of ['JPY', 'USD', 'EUR', 'CHF', 'XAU', 'ZWG', 'XCG']) expect(CURRENCIES.has(c), c).toBe(true);
    for (const c of ['YEN', 'usd', 'HRK']) expect(CURRENCIES.has(c), c).toBe(false);
  });

  it('email and uri formats', () => {
    expect(v('Role')({ ...MINIMAL.Role, email: 'cmo@example.com' })).toBe(true);
    expect(v('Role')({ ...MINIMAL.Role, email: 'not an address' })).toBe(false);
    expect(v('Tool')({ ...MINIMAL.Tool, url: 'https://example.com/product' })).toBe(true);
    expect(v('Tool')({ ...MINIMAL.Tool, url: 'example dot com' })).toBe(false);
  });
});

describe('dispatcher (mplan.schema.json)', () => {
  it('validates each kind with its own schema', () => {
    const d = dispatch();
    for (const k of KINDS) {
      expect(d(MINIMAL[k]), k).toBe(true);
      // A field required by this kind is missing: the kind's schema must catch it.
      const required: string[] = schemas[fileOf(k)].required.filter((r: string) => r !== 'kind');
      for (const r of required) {
        const doc = clone(MINIMAL[k]);
        delete doc[r];
        expect(d(doc), `${k} without ${r}`).toBe(false);
      }
    }
    // A Goal's fields are not valid on a Challenge, and vice versa.
    expect(d({ ...MINIMAL.Challenge, statement: 'x' })).toBe(false);
    expect(d({ ...MINIMAL.Goal, problem: 'x' })).toBe(false);
  });

  it('rejects an unknown or missing kind', () => {
    const d = dispatch();
    expect(d({ ...MINIMAL.Goal, kind: 'Objective' })).toBe(false);
    expect(d.errors?.some((e) => e.keyword === 'enum' && e.instancePath === '/kind')).toBe(true);
    expect(d({ ...MINIMAL.Goal, kind: 'goal' })).toBe(false);
    const { kind: _k, ...noKind } = MINIMAL.Goal;
    expect(d(noKind)).toBe(false);
    expect(d.errors?.some((e) => e.keyword === 'required' && e.params.missingProperty === 'kind')).toBe(true);
  });

  it('lists exactly the ten kinds', () => {
    const s = schemas['mplan.schema.json'];
    expect(s.properties.kind.enum).toEqual([...KINDS]);
    expect(s.allOf).toHaveLength(KINDS.length);
    for (const [i, k] of KINDS.entries()) {
      expect(s.allOf[i].if.properties.kind.const).toBe(k);
      expect(s.allOf[i].then.$ref).toBe(fileOf(k));
    }
  });
});

describe('generated format reference (docs/format)', () => {
  it('is up to date with the schemas (run: node scripts/gen-format-docs.mjs)', async () => {
    const gen = await import(pathToFileURL(join(ROOT, 'scripts', 'gen-format-docs.mjs')).href);
    const files: Map<string, string> = gen.renderFormatDocs(gen.loadSchemas(SCHEMAS_DIR));
    expect([...files.keys()].sort()).toEqual(['README.md', ...KINDS.map((k) => `${k.toLowerCase()}.md`)].sort());
    for (const [name, text] of files) {
      const onDisk = readFileSync(join(ROOT, 'docs', 'format', name), 'utf8');
      expect(onDisk, `docs/format/${name} is stale: run node scripts/gen-format-docs.mjs`).toBe(text);
    }
  });

  it('is deterministic and documents every nested field', async () => {
    const gen = await import(pathToFileURL(join(ROOT, 'scripts', 'gen-format-docs.mjs')).href);
    const a: Map<string, string> = gen.renderFormatDocs(gen.loadSchemas(SCHEMAS_DIR));
    const b: Map<string, string> = gen.renderFormatDocs(gen.loadSchemas(SCHEMAS_DIR));
    expect([...a.entries()]).toEqual([...b.entries()]);
    const journey = a.get('journey.md')!;
    expect(journey).toContain('`stages[].touchpoints[].channel`');
    expect(journey).toContain('`awareness`');
    expect(a.get('tool.md')).toContain('`cost.per`');
    expect(a.get('plan.md')).toContain('`roadmap[].exit_criteria`');
    expect(a.get('rfp.md')).toContain('`requirements[].priority`');
  });
});
