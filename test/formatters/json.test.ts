import { describe, expect, it } from 'vitest';
import json from '../../src/formatters/json.js';
import { expectGolden, fixtureDiagnostics, makeContext } from './context.js';

function run(lang: 'en' | 'ja' = 'en', diagnostics = fixtureDiagnostics(lang)) {
  return json(diagnostics, makeContext(diagnostics, { lang }));
}

describe('json formatter', () => {
  it('matches the golden output (en and ja)', () => {
    expectGolden('json.en.json', run('en'));
    expectGolden('json.ja.json', run('ja'));
  });

  it('carries message ids next to the localized messages, plus summary and health', () => {
    const out = JSON.parse(run('ja'));
    const d = out.diagnostics.find((x: { rule: string }) => x.rule === 'kpi-no-stage');
    expect(d).toMatchObject({ messageId: 'noStage', message: 'KPI `kpi-store-visits` がどのステージにも紐づいていません。', entity: 'kpi-store-visits' });
    expect(out.summary).toEqual({ error: 2, warn: 1, info: 2, files: 9, entities: 27 });
    expect(out.health).toHaveLength(3);
    const raci = out.diagnostics.find((x: { rule: string }) => x.rule === 'raci-multiple-letters');
    expect(raci.related).toEqual([{ file: 'team/roles.yaml', line: 2, column: 5, message: '`cmo` の定義' }]);
  });
});
