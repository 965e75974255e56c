import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Ajv as AjvInstance, Options } from 'ajv';
import _Ajv04 from 'ajv-draft-04';
import _addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import sarif, { FINGERPRINT_KEY, toUri } from '../../src/formatters/sarif.js';
import { expectGolden, fixtureDiagnostics, makeContext } from './context.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const schema = JSON.parse(readFileSync(path.join(here, '..', 'fixtures', 'sarif-schema-2.1.0.json'), 'utf8'));
// unicodeRegExp off: the schema's `language` pattern is not a valid Unicode-mode RegExp (a known flaw of the published schema).
// CommonJS packages seen from ESM: the class or function may sit on `.default`.
const Ajv = ((_Ajv04 as unknown as { default?: unknown }).default ?? _Ajv04) as unknown as new (o: Options) => AjvInstance;
const addFormats = ((_addFormats as unknown as { default?: unknown }).default ?? _addFormats) as (a: AjvInstance) => AjvInstance;
const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(schema);

function run(lang: 'en' | 'ja' = 'en', diagnostics = fixtureDiagnostics(lang)) {
  const text = sarif(diagnostics, makeContext(diagnostics, { lang }));
  return { text, log: JSON.parse(text) };
}

function expectValid(log: unknown): void {
  const ok = validate(log);
  expect(ok, JSON.stringify(validate.errors, null, 2)).toBe(true);
}

describe('sarif formatter', () => {
  it('matches the golden output (en and ja)', () => {
    expectGolden('sarif.en.sarif', run('en').text);
    expectGolden('sarif.ja.sarif', run('ja').text);
  });

  it('is valid SARIF 2.1.0 against the official schema, with findings and when clean', () => {
    expectValid(run('en').log);
    expectValid(run('ja').log);
    expectValid(run('en', []).log);
  });

  it('the schema check is real: a broken log fails it', () => {
    const { log } = run('en');
    log.runs[0].results[0].level = 'fatal';
    expect(validate(log)).toBe(false);
    delete log.runs[0].tool;
    expect(validate(log)).toBe(false);
  });

  it('describes the tool and every rule or code that appears, with a help link', () => {
    const { log } = run('en');
    const driver = log.runs[0].tool.driver;
    expect(driver.name).toBe('mplan');
    expect(driver.version).toBe('1.2.3');
    expect(driver.informationUri).toMatch(/^https:\/\//);
    const ids = driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toEqual(['id-duplicate', 'kpi-no-baseline', 'kpi-no-stage', 'raci-multiple-letters', 'tool-no-purpose']);
    const stage = driver.rules.find((r: { id: string }) => r.id === 'kpi-no-stage');
    expect(stage.shortDescription.text).toBe('Every KPI is mapped to a journey stage.');
    expect(stage.helpUri).toBe('https://example.test/docs/rules/kpi-no-stage.md');
    expect(stage.defaultConfiguration.level).toBe('error');
    const dup = driver.rules.find((r: { id: string }) => r.id === 'id-duplicate');
    expect(dup.helpUri).toBe('https://example.test/docs/errors.md#id-duplicate');
    expect(dup.shortDescription.text).toBe('The same id used twice');
    for (const r of log.runs[0].results) expect(driver.rules[r.ruleIndex].id).toBe(r.ruleId);
  });

  it('speaks the chosen language in descriptions and messages, and keeps message ids', () => {
    const { log } = run('ja');
    const stage = log.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'kpi-no-stage');
    expect(stage.shortDescription.text).toBe('すべての KPI がステージに紐づいていること。');
    expect(stage.helpUri).toContain('/ja/rules/kpi-no-stage.md');
    const dup = log.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'id-duplicate');
    expect(dup.shortDescription.text).toBe('二重に使われている id');
    const res = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'kpi-no-stage');
    expect(res.message.text).toBe('KPI `kpi-store-visits` がどのステージにも紐づいていません。\n`stage: <ジャーニー>/<ステージ>` を書いてください。');
    expect(res.properties.messageId).toBe('noStage');
    expect(log.runs[0].language).toBe('ja');
  });

  it('maps severities to levels and locates results relative to the working directory', () => {
    const { log } = run('en');
    const results = log.runs[0].results;
    expect(results.map((r: { level: string }) => r.level)).toEqual(['warning', 'error', 'error', 'note', 'note']);
    const dup = results[1];
    expect(dup.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'plan/kpis/dup.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 2, startColumn: 5, endLine: 2, endColumn: 10 },
    });
    expect(results[2].locations[0].physicalLocation.artifactLocation.uri).toBe('plan/kpis/%E6%9D%A5%E5%BA%97%E6%95%B0.yaml');
    expect(results[4].locations[0].physicalLocation.artifactLocation.uri).toBe('plan/tools/odd%2C%20name%3A%20100%25.yaml');
    expect(decodeURIComponent(results[4].locations[0].physicalLocation.artifactLocation.uri)).toBe('plan/tools/odd, name: 100%.yaml');
  });

  it('names both ends of a relationship in relatedLocations', () => {
    const { log } = run('en');
    const raci = log.runs[0].results[0];
    expect(raci.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: { artifactLocation: { uri: 'plan/team/roles.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 2, startColumn: 5 } },
        message: { text: '`cmo` is defined here' },
      },
    ]);
    expect(log.runs[0].results[1].relatedLocations[0].message.text).toBe('first defined here');
  });

  it('fingerprints are unique in a report and survive a change of line', () => {
    const ds = fixtureDiagnostics('en');
    const { log } = run('en', ds);
    const prints = log.runs[0].results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints[FINGERPRINT_KEY]);
    expect(new Set(prints).size).toBe(prints.length);
    const moved = ds.map((d) => ({ ...d, line: d.line + 10 }));
    const { log: log2 } = run('en', moved);
    expect(log2.runs[0].results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints[FINGERPRINT_KEY])).toEqual(prints);
    // the same finding twice (e.g. two identical suppressions) still gets two fingerprints
    const twice = [ds[0]!, { ...ds[0]!, line: 40 }];
    const { log: log3 } = run('en', twice);
    const p3 = log3.runs[0].results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints[FINGERPRINT_KEY]);
    expect(p3[0]).not.toBe(p3[1]);
  });

  it('is deterministic', () => {
    expect(run('en').text).toBe(run('en').text);
  });

  it('toUri keeps slashes and dots, percent-encodes the rest', () => {
    expect(toUri('../a b/c#d.yaml')).toBe('../a%20b/c%23d.yaml');
  });
});
