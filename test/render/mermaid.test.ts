/**
 * Every Mermaid diagram of the rendered reports must parse and render with
 * the real `mermaid` library in a real browser (headless Chromium, no
 * network): the diagrams are what executives look at.
 *
 * Needs Debian's `chromium` at /usr/bin/chromium (CI installs it:
 * `command -v chromium || (apt-get update && apt-get install -y chromium)`).
 * Without it this test fails; it never skips.
 */
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePlan } from '../helpers/plan.js';
import { mermaidLabel, mermaidText } from '../../src/render/helpers.js';
import { runCli } from '../helpers/cli.js';
import { EXAMPLES } from '../helpers/examples.js';
import { HOSTILE, hostilePlan, mermaidBlocks } from './helpers.js';
import { tempDir } from '../helpers/temp.js';

const CHROMIUM = '/usr/bin/chromium';
const MERMAID = path.join(path.dirname(createRequire(import.meta.url).resolve('mermaid/package.json')), 'dist', 'mermaid.min.js');

let context: BrowserContext | undefined;
let page: Page | undefined;
let profile: string | undefined;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}, so the Mermaid diagrams cannot be checked. Install it with: apt-get update && apt-get install -y chromium`,
    );
  }
  profile = tempDir('mplan-chromium-');
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  // No network: everything the page needs is loaded from node_modules.
  await context.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
  page = context.pages()[0] ?? (await context.newPage());
  await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body><div id="out"></div></body></html>');
  await page.addScriptTag({ path: MERMAID });
  await page.evaluate(() => {
    (window as unknown as { mermaid: { initialize(o: object): void } }).mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
  });
}, 60000);

afterAll(async () => {
  await context?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

/** Parse and render one diagram in the page; return the error text, or '' when it rendered to an SVG. */
async function renderInBrowser(code: string, id: string): Promise<string> {
  return page!.evaluate(
    async ({ code, id }) => {
      const m = (window as unknown as { mermaid: { parse(t: string): Promise<unknown>; render(id: string, t: string): Promise<{ svg: string }> } }).mermaid;
      try {
        await m.parse(code);
        const { svg } = await m.render(id, code);
        if (!svg.includes('<svg')) return 'no SVG produced';
        if (/Syntax error/i.test(svg)) return 'syntax error SVG';
        return '';
      } catch (e) {
        return String((e as Error)?.message ?? e);
      }
    },
    { code, id },
  );
}

/** Render one diagram and return the text it shows (the SVG's text, as the browser reads it). */
async function shownText(code: string, id: string): Promise<string> {
  return page!.evaluate(
    async ({ code, id }) => {
      const m = (window as unknown as { mermaid: { render(id: string, t: string): Promise<{ svg: string }> } }).mermaid;
      const out = document.getElementById('out')!;
      out.innerHTML = (await m.render(id, code)).svg;
      const texts = [...out.querySelectorAll('text, tspan, span, div, p')].map((e) => e.textContent ?? '');
      out.innerHTML = '';
      return texts.join('\n');
    },
    { code, id },
  );
}

async function diagramsOf(args: string[]): Promise<string[]> {
  const r = await runCli(args);
  expect(r.code, r.stderr).toBe(0);
  return mermaidBlocks(r.stdout);
}

describe('Mermaid diagrams render in headless Chromium', () => {
  const cases: Array<[string, () => string[]]> = [];
  for (const ex of Object.keys(EXAMPLES) as Array<keyof typeof EXAMPLES>) {
    for (const locale of ['en', 'ja']) cases.push([`${ex} report (${locale})`, () => ['render', 'report', EXAMPLES[ex], '--locale', locale]]);
  }
  cases.push(['hostile names report', () => ['render', 'report', writePlan(hostilePlan())]]);

  let n = 0;
  for (const [name, args] of cases) {
    it(name, async () => {
      const blocks = await diagramsOf(args());
      expect(blocks.length).toBeGreaterThanOrEqual(3);
      for (const code of blocks) {
        const err = await renderInBrowser(code, `d${++n}`);
        expect(err, `diagram failed to render:\n${code}`).toBe('');
      }
    }, 60000);
  }

  it('escaping matters: the same hostile names unescaped break the diagrams', async () => {
    const raw = HOSTILE.replace(/\n/g, ' ');
    expect(await renderInBrowser(`journey\n  title t\n  section s\n    ${raw}: 3: me`, 'raw1')).not.toBe('');
    expect(await renderInBrowser(`flowchart LR\n  t1["${raw}"] --> t2["x"]`, 'raw2')).not.toBe('');
    expect(await renderInBrowser(`journey\n  title t\n  section s\n    ${mermaidText(raw)}: 3: me`, 'esc1')).toBe('');
    expect(await renderInBrowser(`flowchart LR\n  t1["${mermaidLabel(raw)}"] --> t2["x"]`, 'esc2')).toBe('');
  });

  it('names with Mermaid syntax in them are shown exactly as written', async () => {
    const name = 'Zebra: the #story; end <50%> {x} `y`';
    const journey = await shownText(`journey\n  title ${mermaidText(name)}\n  section ${mermaidText(name)}\n    ${mermaidText(name)}: 3: ${mermaidText('Tanaka, CMO', true)}`, 'exact1');
    expect(journey.split('\n')).toContain(name);
    expect(journey).toContain('Tanaka, CMO');
    expect(journey).not.toMatch(/[：；＃]/);
    const gantt = await shownText(`gantt\n  dateFormat YYYY-MM-DD\n  title ${mermaidText(name)}\n  section ${mermaidText(name)}\n    ${mermaidText(name)} :t1, 2027-04-01, 2027-05-01`, 'exact2');
    expect(gantt.split('\n')).toContain(name);
    const flow = await shownText(`flowchart LR\n  t1["${mermaidLabel(name)}"] -->|"${mermaidLabel(name)}"| t2["x"]`, 'exact3');
    expect(flow).toContain(name);
  });

  it('the check can fail: a broken diagram is reported', async () => {
    expect(await renderInBrowser('journey\n  title x\n  section a: b\n    task: nope: me', 'broken')).not.toBe('');
  });
});
