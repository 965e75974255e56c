import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writePlan } from '../helpers/plan.js';
import { runCli } from '../helpers/cli.js';
import { goldens } from '../helpers/golden.js';
import { EXAMPLES, JOURNEY_IDS, RFP_IDS } from '../helpers/examples.js';
import { HOSTILE, hostilePlan, htmlNodes, mermaidBlocks, sourceColumnProblems, tables } from './helpers.js';

const expectGolden = goldens(new URL('./__golden__/', import.meta.url));

type Example = keyof typeof EXAMPLES;
const DOCS = ['report', 'rfp', 'journey', 'kpis'] as const;
const LOCALES = ['en', 'ja'] as const;

function argsFor(ex: Example, doc: (typeof DOCS)[number], locale: string): string[] {
  const id = doc === 'rfp' ? [RFP_IDS[ex]] : doc === 'journey' ? [JOURNEY_IDS[ex]] : [];
  return ['render', doc, ...id, EXAMPLES[ex], '--locale', locale];
}

const rendered = new Map<string, string>();
async function render(ex: Example, doc: (typeof DOCS)[number], locale: string): Promise<string> {
  const key = `${ex}/${doc}.${locale}`;
  if (!rendered.has(key)) {
    const r = await runCli(argsFor(ex, doc, locale));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    rendered.set(key, r.stdout);
  }
  return rendered.get(key)!;
}

describe('golden files: every document, both locales, both examples', () => {
  for (const ex of Object.keys(EXAMPLES) as Example[]) {
    for (const doc of DOCS) {
      for (const locale of LOCALES) {
        it(`${ex} ${doc} (${locale})`, async () => {
          expectGolden(`${ex}/${doc}.${locale}.md`, await render(ex, doc, locale));
        });
      }
    }
  }
});

describe('Markdown structure (real GFM parser)', () => {
  for (const ex of Object.keys(EXAMPLES) as Example[]) {
    for (const doc of DOCS) {
      for (const locale of LOCALES) {
        it(`${ex} ${doc} (${locale}): every table has a consistent column count, no raw HTML`, async () => {
          const out = await render(ex, doc, locale);
          const ts = tables(out);
          expect(ts.length).toBeGreaterThan(0);
          for (const t of ts) for (const r of t.rows) expect(r, `table at line ${t.line}`).toBe(t.header);
          expect(sourceColumnProblems(out)).toEqual([]);
          expect(htmlNodes(out)).toEqual([]);
        });
      }
    }
  }

  it('the report carries journey, flowchart and gantt diagrams', async () => {
    for (const ex of Object.keys(EXAMPLES) as Example[]) {
      const blocks = mermaidBlocks(await render(ex, 'report', 'en'));
      expect(blocks.filter((b) => b.startsWith('journey')).length).toBe(2);
      expect(blocks.filter((b) => b.startsWith('flowchart')).length).toBe(1);
      expect(blocks.filter((b) => b.startsWith('gantt')).length).toBe(1);
    }
  });
});

describe('determinism and dates', () => {
  it('renders byte-identical output twice, with no date unless --date is given', async () => {
    const a = await runCli(['render', 'report', EXAMPLES['d2c-coffee-ja']]);
    const b = await runCli(['render', 'report', EXAMPLES['d2c-coffee-ja']]);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).not.toMatch(/作成日/);
    const c = await runCli(['render', 'report', EXAMPLES['d2c-coffee-ja'], '--date', '2027-04-01']);
    expect(c.stdout).toContain('| **作成日** | 2027年4月1日 |');
    const d = await runCli(['render', 'kpis', EXAMPLES['exhibition-b2b'], '--date', '2027-04-01']);
    expect(d.stdout).toContain('*As of 2027-04-01*');
  });

  it('rejects a malformed --date (exit 2)', async () => {
    const r = await runCli(['render', 'report', EXAMPLES['exhibition-b2b'], '--date', '2027-4-1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--date');
  });

  it('uses the plan locale by default and --locale to switch', async () => {
    const ja = await runCli(['render', 'kpis', EXAMPLES['d2c-coffee-ja']]);
    expect(ja.stdout).toMatch(/^# KPI 一覧/);
    const en = await runCli(['render', 'kpis', EXAMPLES['d2c-coffee-ja'], '--locale', 'en']);
    expect(en.stdout).toMatch(/^# KPIs: /);
    expect(en.stdout).toContain('¥14,000,000');
  });
});

describe('the RFP is complete and filled from the plan', () => {
  const SECTIONS = {
    en: ['## 1. Purpose', '## 2. The company and background', '## 3. Goals and how the work is measured', '## 4. Target customer and journey stages in scope', '## 5. Scope of work', '## 6. Requirements', '## 7. Tools the proposal must work with', '## 8. Team and governance', '## 9. Budget', '## 10. Timeline', '## 11. Evaluation criteria', '## 12. Submission', '## 13. Terms'],
    ja: ['## 1. 本依頼の目的', '## 2. 会社概要と背景', '## 3. 目標と成果の測り方', '## 4. ターゲット顧客と対象ステージ', '## 5. 業務範囲', '## 6. 要件', '## 7. 連携が必要なツール', '## 8. 体制と進め方', '## 9. 予算', '## 10. スケジュール', '## 11. 評価基準', '## 12. 提出方法', '## 13. 留意事項'],
  };
  for (const ex of Object.keys(EXAMPLES) as Example[]) {
    for (const locale of LOCALES) {
      it(`${ex} (${locale})`, async () => {
        const out = await render(ex, 'rfp', locale);
        let at = -1;
        for (const s of SECTIONS[locale]) {
          const i = out.indexOf(s);
          expect(i, s).toBeGreaterThan(at);
          at = i;
          // Each section has content before the next heading.
          const body = out.slice(i + s.length).split(/\n## /)[0]!.trim();
          expect(body.length, `${s} is empty`).toBeGreaterThan(20);
          expect(body).not.toMatch(/^\*[^*]*\*$/); // not just a "nothing here" note
        }
      });
    }
  }

  it('carries the plan’s own facts (exhibition-b2b)', async () => {
    const out = await render('exhibition-b2b', 'rfp', 'en');
    for (const fact of [
      'Digital agency for the FactoryTech Expo 2027 customer journey',
      'Turn expo conversations into qualified pipeline', // goal in scope
      '**1,200**', // KPI target of a goal in scope
      'Kenji, production engineering manager', // persona
      'Too many generic exhibitor e-mails', // pain point of a stage in scope
      'Expo microsite with demo booking and ROI calculator', // initiative in scope
      '2027-07-01 – 2027-10-15', // its dates
      '| R1 |',
      '| Must |',
      'Marketo Engage',
      'Salesforce Sales Cloud',
      'Head of Digital Marketing', // issuer
      '**\\$120,000 – \\$160,000 (excluding tax)**',
      '| Proposals due | 2027-05-14 |',
      '| Price and commercial terms | Price | 20% |',
      '| **Total** | | **100%** |',
      'digital-rfp@hoshino-motion.example.com',
    ]) {
      expect(out, fact).toContain(fact);
    }
  });

  it('unknown RFP id: exit 2 with a did-you-mean', async () => {
    const r = await runCli(['render', 'rfp', 'rfp-digital-agency-2072', EXAMPLES['exhibition-b2b']]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('`rfp-digital-agency-2027`');
    const ja = await runCli(['render', 'rfp', 'nope', EXAMPLES['d2c-coffee-ja'], '--lang', 'ja']);
    expect(ja.code).toBe(2);
    expect(ja.stderr).toContain('提案依頼書');
    expect(ja.stderr).toContain('rfp-creative-agency-2027');
  });
});

describe('hostile names', () => {
  const dir = writePlan(hostilePlan());
  for (const doc of DOCS) {
    for (const locale of LOCALES) {
      it(`${doc} (${locale}): tables hold, no HTML, text escaped`, async () => {
        const id = doc === 'rfp' ? ['rfp'] : doc === 'journey' ? ['journey'] : [];
        const r = await runCli(['render', doc, ...id, dir, '--locale', locale]);
        expect(r.stderr).toBe('');
        expect(r.code).toBe(0);
        const out = r.stdout;
        for (const t of tables(out)) for (const row of t.rows) expect(row, `table at line ${t.line}`).toBe(t.header);
        expect(sourceColumnProblems(out)).toEqual([]);
        expect(htmlNodes(out)).toEqual([]);
        expect(out).not.toContain('<script>');
        expect(out).toContain('Evil \\| name<br>second line \\<script\\>alert(1)\\</script\\> \\*bold\\* \\_it\\_ \\`code\\` \\[link\\](http://x)');
        for (const block of mermaidBlocks(out)) {
          // One statement per line, and none of the user's syntax characters got through raw.
          for (const line of block.split('\n')) {
            expect(line).not.toContain('<script>');
            expect(line).not.toContain('%%');
          }
          if (block.startsWith('journey') || block.startsWith('gantt')) {
            for (const line of block.split('\n').filter((l) => l.includes('Evil'))) {
              const text = line.replace(/^\s*(title|section)\s/, '');
              const name = text.split(':')[0]!;
              // Syntax characters only as Mermaid entity codes (`#58;`), shown as themselves.
              expect(name).toMatch(/#\d+;/);
              expect(name.replace(/#\d+;/g, '')).not.toMatch(/[#;%<>]/);
            }
          }
          if (block.startsWith('flowchart')) expect(block).toContain('#34;quoted#34;');
        }
      });
    }
  }

  it('money and dates are formatted per locale', async () => {
    const en = await runCli(['render', 'kpis', dir, '--locale', 'en']);
    expect(en.stdout).toContain('1,200,000 EUR (2027-03-31) → **2,400,000.5 EUR** by 2028-03-31');
    expect(en.stdout).toContain('2.5% → **7.5%** by 2028-03-31');
    const ja = await runCli(['render', 'kpis', dir, '--locale', 'ja']);
    expect(ja.stdout).toContain('1,200,000 EUR（2027年3月31日時点） → **2,400,000.5 EUR**（2028年3月31日まで）');
  });
});

describe('refusing a plan with errors', () => {
  const files = {
    ...hostilePlan(),
    'rfp.yaml': hostilePlan()['rfp.yaml']!.replace('scope: { initiatives: [init], stages: [journey/first] }', 'scope: { initiatives: [init, no-such-init], stages: [journey/frist] }'),
  };
  const dir = writePlan(files);

  it('refuses an RFP whose scope points nowhere, with located errors and exit 1', async () => {
    const r = await runCli(['render', 'rfp', 'rfp', dir, '--lang', 'en']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/rfp\.yaml/);
    expect(r.stderr).toMatch(/\b\d+:\d+\b/);
    expect(r.stderr).toContain('no-such-init');
    expect(r.stderr).toContain('--force');
  });

  it('--force renders anyway and marks the gaps', async () => {
    const r = await runCli(['render', 'rfp', 'rfp', dir, '--force']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('> [!WARNING]');
    expect(r.stdout).toContain('⚠ `no-such-init` (not found)');
    expect(r.stdout).toContain('⚠ `journey/frist` (not found)');
    expect(r.stdout).toMatch(/> - rfp\.yaml:\d+:\d+: /);
  });

  it('other documents are not blocked by errors that do not affect them', async () => {
    const r = await runCli(['render', 'journey', 'journey', dir]);
    expect(r.code).toBe(0);
  });
});

describe('-o writes atomically', () => {
  it('writes the file, leaves no temp file, and prints nothing to stdout', async () => {
    const dir = writePlan(hostilePlan());
    const out = path.join(dir, 'out', 'report.md');
    const r = await runCli(['render', 'report', dir, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const direct = await runCli(['render', 'report', dir]);
    expect(readFileSync(out, 'utf8')).toBe(direct.stdout);
    expect(readdirSync(path.dirname(out))).toEqual(['report.md']);
  });

  it('a refused render leaves an existing output file untouched', async () => {
    const dir = writePlan({ ...hostilePlan(), 'kpi.yaml': hostilePlan()['kpi.yaml']!.replace('cadence: monthly', 'cadence: sometimes') });
    const out = path.join(dir, 'report.md');
    writeFileSync(out, 'previous\n');
    const r = await runCli(['render', 'report', dir, '-o', out]);
    expect(r.code).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('previous\n');
  });
});

describe('templates', () => {
  it('the plan repo’s templates/<locale>/ override built-ins by file name (main and partial)', async () => {
    const dir = writePlan({
      ...hostilePlan(),
      'templates/en/kpis.md.hbs': '# Our KPIs for {{plan.name}}\n\n{{> kpi-table kpis}}\n',
      'templates/en/partials/kpi-table.hbs': '{{#each this}}\n- {{name}}: {{measure target.value unit currency}}\n{{/each}}\n',
    });
    const r = await runCli(['render', 'kpis', dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# Our KPIs for Evil \\| name');
    expect(r.stdout).toContain('- second kpi: 7.5%');
    // The report still uses the built-in report with the overridden partial.
    const rep = await runCli(['render', 'report', dir]);
    expect(rep.stdout).toContain('## Open gaps');
    expect(rep.stdout).toContain('- second kpi: 7.5%');
  });

  it('strict mode: a missing field fails with the template file and line (exit 1)', async () => {
    const dir = writePlan({ ...hostilePlan(), 'templates/en/kpis.md.hbs': '# KPIs\n\n{{#each kpis}}\n- {{name}}\n- {{owner.nmae}}\n{{/each}}\n' });
    const r = await runCli(['render', 'kpis', dir]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/templates\/en\/kpis\.md\.hbs:5:\d+/);
    expect(r.stderr).toContain('`nmae`');
  });

  it('--template <file> renders with that file', async () => {
    const dir = writePlan({ ...hostilePlan(), 'one.hbs': '{{rfp.title}} / {{word "moscow" "must"}} / {{fdate rfp.timeline.0.date}}\n' });
    const r = await runCli(['render', 'rfp', 'rfp', dir, '--template', path.join(dir, 'one.hbs'), '--locale', 'ja']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('Evil \\| name<br>second line \\<script\\>alert(1)\\</script\\> \\*bold\\* \\_it\\_ \\`code\\` \\[link\\](http://x) : ; \\# "quoted" %% end / 必須 / 2027年4月1日\n');
  });

  it('a template syntax error is located', async () => {
    const dir = writePlan({ ...hostilePlan(), 'templates/en/kpis.md.hbs': '# KPIs\n\n{{#each kpis}}\n- {{name}}\n' });
    const r = await runCli(['render', 'kpis', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/templates\/en\/kpis\.md\.hbs:\d+:\d+/);
  });

  it('prototype access stays off', async () => {
    const dir = writePlan({ ...hostilePlan(), 'templates/en/kpis.md.hbs': 'x{{plan.constructor}}{{plan.__proto__}}y\n' });
    const r = await runCli(['render', 'kpis', dir]);
    expect(r.stdout).not.toContain('function');
    expect(r.stdout).not.toContain('Object');
  });
});

describe('render --check', () => {
  it('passes on the built-in templates and the examples', async () => {
    const r = await runCli(['render', '--check', EXAMPLES['exhibition-b2b']]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\d+ templates checked: no problems found/);
  });

  it('catches a misspelled field, an unknown helper and an unknown partial in a repo template, located', async () => {
    const dir = writePlan({
      'mplan.yaml': 'kind: Plan\nid: p\nname: P\nversion: 1\n',
      'templates/en/rfp.md.hbs': '# {{rfp.title}}\n\n{{#each rfp.requirements}}\n| {{id}} | {{txt}} |\n{{/each}}\n{{shout rfp.title}}\n{{> no-such-partial}}\n{{#each rfp.goals}}{{goal.nmae}}{{/each}}\n',
    });
    const r = await runCli(['render', '--check', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('templates/en/rfp.md.hbs:4:14');
    expect(r.stderr).toContain('`txt`');
    expect(r.stderr).toContain('did you mean `text`?');
    expect(r.stderr).toMatch(/rfp\.md\.hbs:6:\d+ .*`shout`/);
    expect(r.stderr).toMatch(/rfp\.md\.hbs:7:\d+ .*`no-such-partial`/);
    expect(r.stderr).toMatch(/rfp\.md\.hbs:8:\d+ .*`goal\.nmae`/);
  });

  it('checks fields inside partials against the context they are given', async () => {
    const dir = writePlan({
      'mplan.yaml': 'kind: Plan\nid: p\nname: P\nversion: 1\n',
      'templates/ja/partials/kpi-table.hbs': '{{#each this}}\n- {{name}} {{baseline.valeu}}\n{{/each}}\n',
    });
    const r = await runCli(['render', '--check', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('templates/ja/partials/kpi-table.hbs:2:');
    expect(r.stderr).toContain('baseline.valeu');
  });
});

describe('usage', () => {
  it('a journey with no id lists the ids (exit 2); a misspelt document gets a suggestion', async () => {
    const r = await runCli(['render', 'journey', 'examples/d2c-coffee-ja']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('subscription');
    const d = await runCli(['render', 'journy', EXAMPLES['exhibition-b2b']]);
    expect(d.code).toBe(2);
    expect(d.stderr).toContain('did you mean `journey`?');
  });
});
