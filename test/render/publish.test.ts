/**
 * `render --format html|pdf`: the report and every RFP of both examples,
 * as a person outside git receives them. The HTML is opened offline in
 * headless Chromium (every diagram drawn, no request made); the PDF is read
 * back with poppler (words, fonts, title, bookmarks, paper size).
 *
 * Needs Debian's `chromium`, `fonts-noto-cjk` and `poppler-utils` (.ci/run
 * installs them). Without them this test fails and says what is missing; it
 * never skips.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writePlan } from '../helpers/plan.js';
import { runCli } from '../helpers/cli.js';
import { tempDir } from '../helpers/temp.js';
import { EXAMPLES } from '../helpers/examples.js';
import { HOSTILE, hostilePlan, mermaidBlocks } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const OUT = tempDir('mplan-publish-');

type Example = keyof typeof EXAMPLES;
const LOCALE: Record<Example, 'en' | 'ja'> = { 'exhibition-b2b': 'en', 'd2c-coffee-ja': 'ja' };

/** Words of each plan that must come through to the reader (Japanese included). */
const WORDS: Record<Example, { report: string[]; rfp: string[] }> = {
  'exhibition-b2b': {
    report: ['FactoryTech Expo 2027', 'Hoshino Motion Systems Co., Ltd.', 'Consented booth leads', 'Customer journeys'],
    rfp: ['Request for proposal', 'Hoshino Motion Systems Co., Ltd.', 'excluding tax', 'Confidentiality', 'Marketo Engage'],
  },
  'd2c-coffee-ja': {
    report: ['湊珈琲焙煎所 FY2027 定期便成長プラン', '株式会社湊珈琲焙煎所', 'カスタマージャーニー', '4,800万円'],
    rfp: ['提案依頼書', '株式会社湊珈琲焙煎所', '800万〜1,100万円（税抜）', '機密保持', '提案者の負担'],
  },
};

function need(cmd: string, pkg: string): void {
  try {
    execFileSync(cmd, ['-v'], { stdio: 'ignore' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`\`${cmd}\` is not installed; install it with: apt-get install -y ${pkg}`);
  }
}

let context: BrowserContext | undefined;
let profile: string | undefined;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is not installed at ${CHROMIUM}. Install it with: apt-get update && apt-get install -y chromium`);
  need('pdftotext', 'poppler-utils');
  profile = tempDir('mplan-chromium-');
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 60000);

afterAll(async () => {
  await context?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

async function renderTo(args: string[], file: string): Promise<string> {
  const out = path.join(OUT, file);
  const r = await runCli([...args, '-o', out]);
  expect(r.code, r.stderr).toBe(0);
  return out;
}

/** Open the HTML file offline; every request the page makes is recorded and refused. */
async function openOffline(file: string) {
  const page = await context!.newPage();
  const requests: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') && url.endsWith(path.basename(file))) return route.continue();
    requests.push(url);
    return route.abort();
  });
  page.on('request', (r) => {
    if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(r.url());
  });
  await page.goto(`file://${file}`, { waitUntil: 'load' });
  const facts = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    title: document.title,
    scripts: document.querySelectorAll('script').length,
    diagrams: [...document.querySelectorAll('figure.diagram svg')].map((svg) => {
      const box = svg.getBoundingClientRect();
      return { width: box.width, height: box.height, shapes: svg.querySelectorAll('rect, path, circle, line, polygon').length, text: svg.textContent ?? '' };
    }),
    text: document.body.innerText,
  }));
  await page.close();
  return { ...facts, requests };
}

function pdfFacts(file: string) {
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '');
  const xml = execFileSync('pdftohtml', ['-xml', '-stdout', '-i', '-q', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const bookmarks = [...xml.matchAll(/<item page="\d+">([^<]*)<\/item>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
  const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(info)?.[1]?.trim() ?? '';
  return { text: text.replace(/\s+/g, ' '), title: field('Title'), pages: Number(field('Pages')), size: field('Page size'), fonts, bookmarks };
}

describe('HTML and PDF of the report and every RFP of both examples', () => {
  for (const ex of Object.keys(EXAMPLES) as Example[]) {
    const locale = LOCALE[ex];
    const dir = EXAMPLES[ex];
    const docs: Array<{ name: 'report' | 'rfp'; args: string[] }> = [{ name: 'report', args: ['render', 'report', dir] }];
    const rfpIds = readFileSync(path.join(dir, 'rfps', ex === 'exhibition-b2b' ? 'digital-agency.yaml' : 'creative-agency.yaml'), 'utf8').match(/^id: (\S+)$/m)!;
    docs.push({ name: 'rfp', args: ['render', 'rfp', rfpIds[1]!, dir] });

    for (const doc of docs) {
      it(`${ex} ${doc.name}: HTML offline, diagrams drawn, no request, same bytes twice`, async () => {
        const md = await runCli(doc.args);
        expect(md.code, md.stderr).toBe(0);
        const blocks = mermaidBlocks(md.stdout);
        const file = await renderTo(doc.args, `${ex}-${doc.name}.html`);
        if (doc.name === 'report') {
          // The report has every kind of diagram: its bytes must not change between runs.
          const again = await renderTo([...doc.args, '--format', 'html'], `${ex}-${doc.name}-again.html`);
          expect(readFileSync(again).equals(readFileSync(file)), 'HTML differs between two runs').toBe(true);
        }

        const f = await openOffline(file);
        expect(f.requests).toEqual([]);
        expect(f.scripts).toBe(0);
        expect(f.lang).toBe(locale);
        expect(f.title).toBe(md.stdout.split('\n')[0]!.replace(/^# /, '').replace(/\\/g, ''));
        expect(f.diagrams.length).toBe(blocks.length);
        if (doc.name === 'report') expect(f.diagrams.length).toBeGreaterThanOrEqual(4);
        for (const d of f.diagrams) {
          expect(d.width).toBeGreaterThan(100);
          expect(d.height).toBeGreaterThan(50);
          expect(d.shapes).toBeGreaterThan(3);
          expect(d.text).not.toMatch(/Syntax error/i);
        }
        for (const w of WORDS[ex][doc.name]) expect(f.text, w).toContain(w);
      }, 120000);

      it(`${ex} ${doc.name}: PDF has the plan's words, embedded fonts, title and bookmarks`, async () => {
        const file = await renderTo(doc.args, `${ex}-${doc.name}.pdf`);
        const p = pdfFacts(file);
        for (const w of WORDS[ex][doc.name]) expect(p.text, w).toContain(w);
        // The first bookmark is the title heading (poppler drops the space where the heading wraps).
        expect(p.title.replace(/\s/g, '')).toBe(p.bookmarks[0]!.replace(/\s/g, ''));
        expect(p.title.length).toBeGreaterThan(5);
        expect(p.size).toContain('(A4)');
        expect(p.pages).toBeGreaterThan(2);
        expect(p.fonts.length).toBeGreaterThan(0);
        // Columns of pdffonts: name type [type] encoding emb sub uni object gen — every font embedded, with Unicode (searchable).
        for (const line of p.fonts) expect(line, line).toMatch(/\s+yes\s+(yes|no)\s+yes\s+\d+\s+\d+\s*$/);
        // Bookmarks from the headings: the numbered sections of an RFP, the chapters of the report.
        const expected = doc.name === 'rfp' ? (locale === 'ja' ? ['1. 本依頼の目的', '9. 予算', '13. 留意事項'] : ['1. Purpose', '9. Budget', '13. Terms']) : locale === 'ja' ? ['目標', 'カスタマージャーニー', 'ロードマップ'] : ['Goals', 'Customer journeys', 'Roadmap'];
        for (const b of expected) expect(p.bookmarks, b).toContain(b);
        expect(p.text).toMatch(new RegExp(`\\b1 ?/ ?${p.pages}\\b`)); // page numbers
      }, 120000);
    }
  }

  it('the same plan gives the same PDF bytes: no creation or modification time in it', async () => {
    const args = ['render', 'rfp', 'rfp-digital-agency-2027', EXAMPLES['exhibition-b2b']];
    const first = readFileSync(await renderTo(args, 'same-1.pdf'));
    const again = readFileSync(await renderTo(args, 'same-2.pdf'));
    expect(first.toString('latin1')).not.toMatch(/\/(CreationDate|ModDate)/);
    expect(again.equals(first)).toBe(true);
    expect(pdfFacts(path.join(OUT, 'same-2.pdf')).pages).toBeGreaterThan(2); // still a PDF poppler reads
  }, 120000);

  it('--paper letter, and the format follows -o', async () => {
    const file = await renderTo(['render', 'rfp', 'rfp-digital-agency-2027', EXAMPLES['exhibition-b2b'], '--paper', 'letter'], 'letter.pdf');
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfFacts(file).size).toContain('(letter)');
    const html = await renderTo(['render', 'rfp', 'rfp-digital-agency-2027', EXAMPLES['exhibition-b2b']], 'doc.htm');
    expect(readFileSync(html, 'utf8')).toMatch(/^<!doctype html>/);
    const md = await renderTo(['render', 'rfp', 'rfp-digital-agency-2027', EXAMPLES['exhibition-b2b']], 'doc.md');
    expect(readFileSync(md, 'utf8')).toMatch(/^# Request for proposal/);
  }, 120000);

  it('hostile names stay text: no script, no request, diagrams drawn, title intact', async () => {
    const dir = writePlan(hostilePlan());
    const file = await renderTo(['render', 'report', dir, '--format', 'html'], 'hostile.html');
    const html = readFileSync(file, 'utf8');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toContain('href="http://x"');
    const f = await openOffline(file);
    expect(f.requests).toEqual([]);
    expect(f.scripts).toBe(0);
    expect(f.title).toBe(HOSTILE.replace(/\s+/g, ' '));
    expect(f.diagrams.length).toBeGreaterThanOrEqual(3);
    expect(f.text).toContain('<script>alert(1)</script>');
  }, 120000);

  it('--internal is marked as such on every page of the PDF', async () => {
    const file = await renderTo(['render', 'rfp', 'rfp-creative-agency-2027', EXAMPLES['d2c-coffee-ja'], '--internal'], 'internal.pdf');
    const { pages } = pdfFacts(file);
    for (let i = 1; i <= pages; i++) {
      const page = execFileSync('pdftotext', ['-f', String(i), '-l', String(i), file, '-'], { encoding: 'utf8' });
      expect(page, `page ${i}`).toContain('社内用 — 社外秘');
    }
  }, 120000);
});

describe('without a browser, or without -o for a PDF', () => {
  it('says which browser to install (en and ja), exit 2, writes nothing', async () => {
    const out = path.join(OUT, 'nothing.pdf');
    const en = await runCli(['render', 'report', EXAMPLES['exhibition-b2b'], '-o', out], { cwd: OUT, env: { LANG: 'en_US.UTF-8', MPLAN_BROWSER: '/nonexistent/chrome' } });
    expect(en.code).toBe(2);
    expect(en.stderr).toContain('MPLAN_BROWSER=/nonexistent/chrome');
    expect(en.stderr).toContain('apt-get install chromium');
    expect(en.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(out)).toBe(false);
    const ja = await runCli(['render', 'report', EXAMPLES['d2c-coffee-ja'], '--format', 'html'], { cwd: OUT, env: { LANG: 'ja_JP.UTF-8', MPLAN_BROWSER: '/nonexistent/chrome' } });
    expect(ja.code).toBe(2);
    expect(ja.stderr).toContain('Chromium をインストール');
  });

  it('a PDF needs -o; --internal is for RFPs only', async () => {
    const r = await runCli(['render', 'report', EXAMPLES['exhibition-b2b'], '--format', 'pdf']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('-o rfp.pdf');
    const i = await runCli(['render', 'report', EXAMPLES['exhibition-b2b'], '--internal']);
    expect(i.code).toBe(2);
    expect(i.stderr).toContain('--internal');
  });
});
