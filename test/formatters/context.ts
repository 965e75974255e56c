import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '../../src/diagnostics/types.js';
import { summarize } from '../../src/diagnostics/types.js';
import type { FormatterContext } from '../../src/formatters/types.js';
import { localize } from '../../src/i18n/index.js';
import type { Lang } from '../../src/i18n/types.js';
import type { HealthFigure } from '../../src/health/index.js';
import { defineRule } from '../../src/rules/types.js';
import type { Rule } from '../../src/rules/types.js';
import { goldens } from '../helpers/golden.js';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * Rules of the formatter fixtures. They are fakes on purpose: the goldens
 * must not change when a real rule's wording is improved.
 */
export const FAKE_RULES: ReadonlyMap<string, Rule> = new Map(
  [
    defineRule({
      meta: {
        id: 'kpi-no-stage',
        severity: 'error',
        category: 'kpis',
        description: { en: 'Every KPI is mapped to a journey stage.', ja: 'すべての KPI がステージに紐づいていること。' },
        practice: { en: 'Break KPIs down from the customer experience.', ja: '顧客体験から KPI を分解します。' },
        messages: {
          noStage: {
            en: 'KPI `{{id}}` is not mapped to any journey stage.',
            ja: 'KPI `{{id}}` がどのステージにも紐づいていません。',
            hint: { en: 'Add `stage: <journey>/<stage>`.', ja: '`stage: <ジャーニー>/<ステージ>` を書いてください。' },
          },
        },
      },
      check() {},
    }),
    defineRule({
      meta: {
        id: 'raci-multiple-letters',
        severity: 'warn',
        category: 'initiatives',
        description: { en: 'One role holds one RACI letter per initiative.', ja: '1 つの施策で 1 つの役割が持つ RACI は 1 つであること。' },
        messages: {
          twoLetters: {
            en: 'Role `{{role}}` is both {{a}} and {{b}} on initiative `{{id}}`.',
            ja: '役割 `{{role}}` が施策 `{{id}}` で {{a}} と {{b}} を兼ねています。',
            hint: { en: 'Keep `{{role}}` in one of them.', ja: '`{{role}}` はどちらか一方にしてください。' },
          },
          roleHere: { en: '`{{role}}` is defined here', ja: '`{{role}}` の定義' },
        },
      },
      check() {},
    }),
    defineRule({
      meta: {
        id: 'kpi-no-baseline',
        severity: 'info',
        category: 'kpis',
        description: { en: 'Every KPI has a baseline.', ja: 'すべての KPI に現状値があること。' },
        messages: {
          noBaseline: { en: 'KPI `{{id}}` ({{name}}) has no baseline.', ja: 'KPI `{{id}}`（{{name}}）に現状値がありません。' },
        },
      },
      check() {},
    }),
    defineRule({
      meta: {
        id: 'tool-no-purpose',
        severity: 'info',
        category: 'tools',
        description: { en: 'Every tool says what it is for.', ja: 'すべてのツールに目的が書かれていること。' },
        messages: {
          noPurpose: {
            en: 'Tool `{{id}}` has no purpose: {{name}}.',
            ja: 'ツール `{{id}}` に目的がありません: {{name}}。',
            hint: { en: 'Say what `{{id}}` does | in one line, <b>plainly</b>.', ja: '`{{id}}` の役割を | 1 行で <b>書いて</b>ください。' },
          },
        },
      },
      check() {},
    }),
  ].map((r) => [r.meta.id, r]),
);

interface Fixture {
  files: number;
  entities: number;
  health: HealthFigure[];
  diagnostics: Diagnostic[];
}

export function readFixture(): Fixture {
  return JSON.parse(readFileSync(path.join(here, '__fixtures__', 'diagnostics.json'), 'utf8')) as Fixture;
}

/** The fixture diagnostics with message and hint in a language, as `emit` hands them to formatters. */
export function fixtureDiagnostics(lang: Lang): Diagnostic[] {
  return localize(readFixture().diagnostics, lang, FAKE_RULES);
}

export const ROOT = '/repo/plan';
export const CWD = '/repo';

/** A context like the CLI's: plan in /repo/plan, mplan run from /repo (so paths start with `plan/`). */
export function makeContext(diagnostics: readonly Diagnostic[], overrides: Partial<FormatterContext> = {}): FormatterContext {
  const fx = readFixture();
  const lang = overrides.lang ?? 'en';
  return {
    lang,
    root: ROOT,
    cwd: CWD,
    fromCwd: (file) => path.posix.relative(CWD, path.posix.join(ROOT, file)),
    rules: FAKE_RULES,
    docsUrl: (id) => (FAKE_RULES.has(id) ? `https://example.test/docs${lang === 'ja' ? '/ja' : ''}/rules/${id}.md` : `https://example.test/docs/errors.md#${id}`),
    summary: summarize(diagnostics, fx.files, fx.entities),
    health: fx.health,
    color: false,
    version: '1.2.3',
    command: 'lint',
    ...overrides,
  };
}

/** Compare a formatter's output with its golden file in __golden__/ (test/helpers/golden.ts). */
export const expectGolden = goldens(new URL('./__golden__/', import.meta.url));
