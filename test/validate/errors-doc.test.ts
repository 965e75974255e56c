import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AREA_CATALOGS, CATALOG } from '../../src/i18n/index.js';

const doc = () => readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');

describe('docs/errors.md', () => {
  it('lists every error code of loading, building, validating and linting a plan, and every usage error, with an anchor the output formats link to', () => {
    const { load, model, validate, rules, cli } = AREA_CATALOGS;
    const ids = [load, model, validate, rules].flatMap((c) => Object.keys(c!)).concat(Object.keys(cli!).filter((k) => /^(usage|internal)-/.test(k)));
    const codes = ids.filter((k) => !k.includes('.') && !k.startsWith('hint-'));
    const missing = codes.filter((c) => !doc().includes(`<a id="${c}"></a>\`${c}\``));
    expect(missing, 'run `npm run build && npm run docs:errors`').toEqual([]);
  });

  it('lists the codes of every command area a user can meet as a finding', () => {
    for (const code of ['file-not-regular', 'cache-unwritable', 'plugin-not-found', 'baseline-stale', 'render-template-unknown-field', 'review-rev-missing']) {
      expect(Object.keys(CATALOG)).toContain(code);
      expect(doc(), code).toContain(`\`${code}\``);
    }
  });

  it('every code a finding can carry has a short title in en and ja (SARIF shortDescription), with no placeholder', () => {
    const finding = /^(file-|line-|symlink-|folder-|yaml-|doc-|kind-|id-|stage-id-|plan-|schema-|ref-|period-|roadmap-phase-reversed|config-|suppression-|rule-crashed|policy-|plugins?-|baseline-|debt-|cache-|render-template-)/;
    const codes = Object.keys(CATALOG).filter((k) => !k.includes('.') && !k.startsWith('hint-') && finding.test(k));
    expect(codes.length).toBeGreaterThan(90);
    expect(codes.filter((c) => !CATALOG[`${c}.title`]?.en || !CATALOG[`${c}.title`]?.ja)).toEqual([]);
    const titles = Object.keys(CATALOG).filter((k) => k.endsWith('.title'));
    expect(titles.filter((t) => !CATALOG[t.slice(0, -'.title'.length)])).toEqual([]);
    expect(titles.filter((t) => /\{\{/.test(CATALOG[t]!.en + CATALOG[t]!.ja))).toEqual([]);
  });
});
