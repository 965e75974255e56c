import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/roadmap-phases-overlap.js';
import { check, yaml } from '../helpers/plan.js';
import { localize } from '../../src/i18n/index.js';
import { ruleTester, runRule } from '../helpers/rule-tester.js';

function plan(roadmap: string): string {
  return `kind: Plan\nid: p\nname: P\nversion: 1\nroadmap:\n${roadmap}`;
}

ruleTester(rule, {
  valid: [
    {
      name: 'phases one after another, listed out of order',
      files: {
        'mplan.yaml': plan(yaml`
          - { id: two, name: Two, start: 2027-07-01, end: 2027-12-31 }
          - { id: one, name: One, start: 2027-04-01, end: 2027-06-30 }
          - { id: three, name: Three, start: 2028-01-01, end: 2028-03-31 }
        `),
      },
    },
  ],
  invalid: [
    {
      name: 'a phase starting on the day the previous one ends, reported at its start, related to the other end',
      files: {
        'mplan.yaml': yaml`
          kind: Plan
          id: p
          name: P
          version: 1
          roadmap:
            - id: one
              name: One
              start: 2027-04-01
              end: 2027-06-30
            - id: two
              name: Two
              start: 2027-06-30
              end: 2027-12-31
        `,
      },
      errors: [
        {
          messageId: 'startsOnEndDay',
          file: 'mplan.yaml',
          line: 12,
          column: 12,
          data: { phase: 'two', start: '2027-06-30', other: 'one', otherEnd: '2027-06-30' },
          entity: 'p',
        },
      ],
    },
    {
      name: 'a long phase overlapping two later ones: both compared with the one that ends last',
      files: {
        'mplan.yaml': plan(yaml`
          - { id: long, name: Long, start: 2027-04-01, end: 2027-12-31 }
          - { id: a, name: A, start: 2027-05-01, end: 2027-06-30 } # expect: roadmap-phases-overlap
          - { id: b, name: B, start: 2027-07-01, end: 2027-08-31 } # expect: roadmap-phases-overlap
        `),
      },
    },
  ],
});

describe('roadmap-phases-overlap', () => {
  it('says a phase starting on the day another ends shares that day, not that it starts before the other ends', async () => {
    const found = await runRule(rule, {
      'mplan.yaml': plan('  - { id: one, name: One, start: 2027-04-01, end: 2027-06-30 }\n  - { id: two, name: Two, start: 2027-06-30, end: 2027-12-31 }\n  - { id: three, name: Three, start: 2027-12-01, end: 2028-03-31 }\n'),
    });
    const en = localize(found, 'en', new Map([[rule.meta.id, rule]])).map((d) => d.message);
    expect(en).toEqual([
      'Roadmap phase `two` starts on 2027-06-30, the day phase `one` ends: phase dates include their first and last day, so both phases claim 2027-06-30.',
      'Roadmap phase `three` starts on 2027-12-01, before phase `two` ends on 2027-12-31.',
    ]);
  });

  it('is opt-in: off by default, on in the strict preset', async () => {
    const files = {
      'mplan.yaml': plan('  - { id: one, name: One, start: 2027-04-01, end: 2027-06-30 }\n  - { id: two, name: Two, start: 2027-05-01, end: 2027-12-31 }\n'),
    };
    expect(rule.meta.optIn).toBe(true);
    const byDefault = await check(files, { lint: true });
    expect(byDefault.diagnostics.filter((d) => d.rule === 'roadmap-phases-overlap')).toEqual([]);
    const strict = await check(files, { lint: true, preset: 'mplan:strict' });
    const found = strict.diagnostics.filter((d) => d.rule === 'roadmap-phases-overlap');
    expect(found.map((d) => [d.line, d.severity])).toEqual([[7, 'error']]);
    expect(found[0]!.related).toMatchObject([{ file: 'mplan.yaml', line: 6, messageId: 'otherEnds' }]);
  });

  it('skips phases with unreadable or reversed dates and does not crash', async () => {
    const result = await check(
      {
        'mplan.yaml': plan('  - { id: one, name: One, start: soon, end: 2027-06-30 }\n  - { id: two, name: Two, start: 2027-12-31, end: 2027-01-01 }\n  - 5\n  - { id: three, name: Three, start: 2027-05-01, end: 2027-06-01 }\n'),
      },
      { lint: true, rules: { 'roadmap-phases-overlap': 'warn' } },
    );
    expect(result.diagnostics.filter((d) => d.rule === 'rule-crashed')).toEqual([]);
    expect(result.diagnostics.filter((d) => d.rule === 'roadmap-phases-overlap')).toEqual([]);
  });
});
