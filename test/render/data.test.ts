import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/app/pipeline.js';
import { buildJourneyData, buildKpisData, buildReportData, buildRfpData, SHAPES } from '../../src/render/data.js';
import type { BuildContext } from '../../src/render/data.js';
import { escapeMarkdown, formatDate, formatMeasure, formatMoney, formatNumber, HELPER_NAMES, mermaidLabel, mermaidText } from '../../src/render/helpers.js';
import { conformance, unwrap } from '../../src/render/shape.js';
import type { Shape } from '../../src/render/shape.js';
import { planHealth } from '../../src/health/index.js';
import { writePlan, yaml } from '../helpers/plan.js';
import { EXAMPLES } from '../helpers/examples.js';
import { hostilePlan } from './helpers.js';

async function contexts(dir: string) {
  const result = await checkPlan(dir, { lint: true });
  const ctx: BuildContext = { model: result.model, locale: 'en', date: null, forced: false, problems: [] };
  return { result, ctx };
}

describe('view data has exactly the documented shape', () => {
  const dirs = { ...EXAMPLES, hostile: writePlan(hostilePlan()), empty: writePlan({}) };
  for (const [name, dir] of Object.entries(dirs)) {
    it(name, async () => {
      const { result, ctx } = await contexts(dir);
      const { model } = result;
      const report = buildReportData(ctx, { findings: result.diagnostics.filter((d) => result.rules.has(d.rule)), rules: result.rules, health: planHealth(model) });
      expect(conformance(SHAPES.report, report)).toEqual([]);
      expect(conformance(SHAPES.kpis, buildKpisData(ctx, planHealth(model)))).toEqual([]);
      for (const rfp of model.ofKind('RFP')) expect(conformance(SHAPES.rfp, buildRfpData(ctx, rfp))).toEqual([]);
      for (const j of model.ofKind('Journey')) expect(conformance(SHAPES.journey, buildJourneyData(ctx, j))).toEqual([]);
      // Plain data: survives a JSON round trip unchanged.
      expect(JSON.parse(JSON.stringify(report))).toEqual(report);
    });
  }

  it('conformance catches missing and extra keys', () => {
    const shape = SHAPES.kpis;
    expect(conformance(shape, {}).length).toBeGreaterThan(0);
  });

  it('no data field is shadowed by a helper name', () => {
    const fields = new Set<string>();
    const walk = (s: Shape) => {
      const u = unwrap(s);
      if (u.t === 'object') for (const [k, v] of Object.entries(u.fields)) (fields.add(k), walk(v));
      if (u.t === 'array') walk(u.of);
    };
    for (const s of Object.values(SHAPES)) walk(s);
    expect(HELPER_NAMES.filter((h) => fields.has(h))).toEqual([]);
  });
});

describe('helpers', () => {
  it('escapes Markdown', () => {
    expect(escapeMarkdown('a|b')).toBe('a\\|b');
    expect(escapeMarkdown('line1\nline2')).toBe('line1<br>line2');
    expect(escapeMarkdown('<script>x</script>')).toBe('\\<script\\>x\\</script\\>');
    expect(escapeMarkdown('*a* _b_ `c` [d] ~e~ $f')).toBe('\\*a\\* \\_b\\_ \\`c\\` \\[d\\] \\~e\\~ \\$f');
    expect(escapeMarkdown('# title')).toBe('\\# title');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('1. item')).toBe('1\\. item');
    expect(escapeMarkdown('2.5%')).toBe('2.5%');
    expect(escapeMarkdown('&amp;')).toBe('&amp;amp;');
    expect(escapeMarkdown('湊珈琲 #ギフト')).toBe('湊珈琲 \\#ギフト');
  });

  it('escapes Mermaid text and labels', () => {
    expect(mermaidText('a: b; c # d')).toBe('a#58; b#59; c #35; d');
    expect(mermaidText('Tanaka, director', true)).toBe('Tanaka#44; director');
    expect(mermaidText('section x')).toBe('\u200bsection x');
    expect(mermaidText('')).toBe('-');
    expect(mermaidLabel('say "hi" <b>|#')).toBe('say #34;hi#34; #60;b#62;#124;#35;');
    expect(mermaidLabel(['a', 'b'])).toBe('a, b');
  });

  it('formats numbers, money and dates per locale', () => {
    expect(formatNumber(1200000)).toBe('1,200,000');
    expect(formatNumber(-1234.5)).toBe('-1,234.5');
    expect(formatMoney(1200000, 'JPY')).toBe('¥1,200,000');
    expect(formatMoney(1200000, 'USD')).toBe('$1,200,000');
    expect(formatMoney(1200000.25, 'USD')).toBe('$1,200,000.25');
    expect(formatMoney(1200000, 'EUR')).toBe('1,200,000 EUR');
    expect(formatMoney(-500, 'JPY')).toBe('-¥500');
    expect(formatDate('2027-04-01', 'ja')).toBe('2027年4月1日');
    expect(formatDate('2027-04-01', 'en')).toBe('2027-04-01');
    expect(formatMeasure(52, 'percent', null)).toBe('52%');
    expect(formatMeasure(9800, 'currency', 'JPY')).toBe('¥9,800');
    expect(formatMeasure(3.8, 'score', null)).toBe('3.8');
  });
});

describe('docs/render.md', () => {
  it('describes the current data shapes', async () => {
    const { readFileSync, writeFileSync } = await import('node:fs');
    const path = await import('node:path');
    const { describeDocuments } = await import('../../src/render/data.js');
    const { REPO } = await import('../helpers/examples.js');
    const file = path.join(REPO, 'docs', 'render.md');
    const text = readFileSync(file, 'utf8');
    const start = text.indexOf('-->\n', text.indexOf('<!-- data-shapes:start')) + 4;
    const end = text.indexOf('<!-- data-shapes:end -->');
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, text.slice(0, start) + describeDocuments() + text.slice(end));
    expect(readFileSync(file, 'utf8').slice(start, readFileSync(file, 'utf8').indexOf('<!-- data-shapes:end -->'))).toBe(describeDocuments());
  });
});

describe('an initiative uses personal data as the lint rule judges it', () => {
  it('automation that e-mails people counts, with no tool listed; the report and personal-data-no-consent agree', async () => {
    const dir = writePlan({
      'initiatives/nurture.yaml': yaml`
        kind: Initiative
        id: nurture
        name: Nurture mails
        automation:
          - { at: -7d, channel: email, message: Reminder }
      `,
      'initiatives/booth.yaml': yaml`
        kind: Initiative
        id: booth
        name: Booth
      `,
    });
    const { result, ctx } = await contexts(dir);
    const report = buildReportData(ctx, { findings: [], rules: result.rules, health: planHealth(result.model) });
    const uses = Object.fromEntries(report.initiatives.map((i) => [i.id, i.uses_personal_data]));
    expect(uses).toEqual({ booth: null, nurture: true });
    expect(result.diagnostics.filter((d) => d.rule === 'personal-data-no-consent').map((d) => d.file)).toEqual(['initiatives/nurture.yaml']);
  });
});
