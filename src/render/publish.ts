/**
 * `render --format html|pdf`: the rendered Markdown as one self-contained
 * HTML file, and that file printed to PDF, for people outside git.
 *
 * - Markdown → HTML with markdown-it (GFM tables), the same Markdown that
 *   `--format md` prints, so the three formats never disagree.
 * - Mermaid diagrams are drawn to SVG at build time, by the real mermaid
 *   library inside the system's Chromium, and written into the page: the
 *   HTML has no script at all (it opens in a mail client's preview or with
 *   scripts blocked) and a Content-Security-Policy that forbids loading
 *   anything, so it never reaches the network.
 * - The PDF is the same HTML printed by Chromium: page numbers, bookmarks
 *   from the headings, the title in its metadata, fonts embedded.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'puppeteer-core';
import { MplanError } from '../diagnostics/error.js';
import { FONT_SAMPLE } from '../i18n/document-words.js';
import { text } from '../i18n/index.js';
import type { Lang } from '../i18n/types.js';

export type Paper = 'a4' | 'letter';

export interface PublishOptions {
  locale: Lang;
  /** RFP rendered with --internal: every page says so. */
  internal?: boolean;
}

/** A heading's anchor as GitHub makes it (the report's table of contents links to these). */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .trim()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc}\- ]/gu, '')
    .replace(/ /g, '-');
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

interface Converted {
  /** The body HTML, with `<!--mplan-diagram:N-->` where diagram N goes. */
  body: string;
  diagrams: string[];
  title: string;
}

/** Markdown → body HTML; Mermaid blocks are set aside to be drawn. */
async function convert(markdown: string): Promise<Converted> {
  const MarkdownIt = (await import('markdown-it')).default;
  // html: the templates write `<br>` inside table cells; plan text is escaped before it gets here.
  const md = new MarkdownIt({ html: true, linkify: false, typographer: false });
  const diagrams: string[] = [];
  const fence = md.renderer.rules.fence!;
  md.renderer.rules.fence = (tokens, idx, options, env, self) => {
    const t = tokens[idx]!;
    if (t.info.trim() === 'mermaid') {
      diagrams.push(t.content);
      return `<!--mplan-diagram:${diagrams.length - 1}-->\n`;
    }
    return fence(tokens, idx, options, env, self);
  };
  const seen = new Map<string, number>();
  let title = '';
  md.core.ruler.push('mplan_heading_ids', (state) => {
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.type !== 'heading_open') continue;
      // The heading's words: a line break (`<br>` where plan text had a newline) is a space.
      const text = (tokens[i + 1]?.children ?? [])
        .map((c) => (c.type === 'text' || c.type === 'code_inline' ? c.content : c.type === 'softbreak' || c.type === 'hardbreak' || (c.type === 'html_inline' && /^<br\s*\/?>$/i.test(c.content)) ? ' ' : ''))
        .join('');
      if (t.tag === 'h1' && !title) title = text;
      const base = slug(text);
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      t.attrSet('id', n ? `${base}-${n}` : base);
    }
  });
  const body = md.render(markdown);
  return { body, diagrams, title };
}

const MERMAID_JS = (): string => {
  const req = createRequire(import.meta.url);
  return readFileSync(req.resolve('mermaid/dist/mermaid.min.js'), 'utf8');
};

/** Fonts: Japanese text in a Japanese typeface (Noto Sans CJK JP from fonts-noto-cjk on Linux, the system's on macOS/Windows). */
const FONTS: Record<Lang, string> = {
  en: '"Noto Sans", "Helvetica Neue", Arial, "Liberation Sans", "Noto Sans CJK JP", sans-serif',
  ja: '"Noto Sans CJK JP", "Noto Sans JP", "Hiragino Sans", "Hiragino Kaku Gothic ProN", "Yu Gothic", "Meiryo", sans-serif',
};

/** Width diagrams are laid out at: the text width of an A4 or Letter page at the margins below. */
const DIAGRAM_WIDTH = 680;

/** Abort every request that is not inline data: nothing the page holds may reach the network. */
async function offline(page: Page): Promise<void> {
  await page.setRequestInterception(true);
  page.on('request', (r) => {
    if (r.url().startsWith('data:') || r.url() === 'about:blank') void r.continue();
    else void r.abort();
  });
}

/** Draw each Mermaid diagram to SVG with the real mermaid library in the browser. Same input, same SVG. */
async function drawDiagrams(browser: Browser, diagrams: string[], locale: Lang): Promise<string[]> {
  if (!diagrams.length) return [];
  const page = await browser.newPage();
  await offline(page);
  await page.setContent(`<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><style>body{margin:0;font-family:${FONTS[locale]}}#box{width:${DIAGRAM_WIDTH}px}</style></head><body><div id="box"></div></body></html>`);
  await page.addScriptTag({ content: MERMAID_JS() });
  const out = await page.evaluate(
    async ({ diagrams, font, sample }) => {
      const m = (window as unknown as { mermaid: { initialize(o: object): void; render(id: string, t: string, c?: Element): Promise<{ svg: string }> } }).mermaid;
      m.initialize({ startOnLoad: false, securityLevel: 'strict', deterministicIds: true, deterministicIDSeed: 'mplan', theme: 'default', fontFamily: font, htmlLabels: false, flowchart: { htmlLabels: false } });
      const box = document.getElementById('box')!;
      // Mermaid sizes boxes by measuring text: measure with the document's font, not a fallback still loading.
      await document.fonts.load(`16px ${font}`, sample).catch(() => undefined);
      await document.fonts.ready;
      const svgs: Array<{ svg?: string; error?: string }> = [];
      for (let i = 0; i < diagrams.length; i++) {
        try {
          const { svg } = await m.render(`mplan-diagram-${i + 1}`, diagrams[i]!, box);
          svgs.push({ svg });
        } catch (e) {
          svgs.push({ error: String((e as Error)?.message ?? e) });
        }
      }
      return svgs;
    },
    { diagrams, font: FONTS[locale], sample: FONT_SAMPLE },
  );
  await page.close();
  return out.map((r, i) => {
    if (r.svg === undefined) throw new MplanError('render-diagram-failed', { n: i + 1, detail: (r.error ?? '').split('\n')[0]! });
    return r.svg;
  });
}

/** Text as a CSS string: quotes and backslashes escaped, `<` written as an escape so it cannot close the style element. */
function cssString(s: string): string {
  return `"${s.replace(/\s+/g, ' ').replace(/[\\"<>]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

/**
 * Page margin boxes: every printed page (the PDF, or the HTML printed from a
 * browser) carries the title and "page / pages" at the foot and, for an
 * internal document, the internal mark at the top.
 */
function pageBoxes(locale: Lang, title: string, internal: boolean): string {
  const small = `font-family: ${FONTS[locale]}; font-size: 7.5pt; color: #57606a;`;
  const top = internal ? ` @top-center { content: ${cssString(text('document-internal-mark', locale))}; ${small} color: #b42318; font-weight: bold; }` : '';
  return `@page {${top} @bottom-left { content: ${cssString(title)}; ${small} } @bottom-right { content: counter(page) " / " counter(pages); ${small} } }`;
}

function styles(locale: Lang, title: string, internal: boolean): string {
  return `
:root { color-scheme: light; }
html { font-family: ${FONTS[locale]}; font-size: 10.5pt; line-height: 1.6; color: #1b1f24; }
body { margin: 0; }
main { max-width: 60rem; margin: 0 auto; padding: 2rem 1.5rem 4rem; }
h1 { font-size: 1.9em; line-height: 1.25; margin: 0 0 1rem; padding-bottom: .3em; border-bottom: 2px solid #1f4e79; }
h2 { font-size: 1.4em; margin: 2rem 0 .75rem; padding-bottom: .2em; border-bottom: 1px solid #d0d7de; color: #1f4e79; }
h3 { font-size: 1.15em; margin: 1.5rem 0 .5rem; }
h4 { font-size: 1em; margin: 1.25rem 0 .5rem; }
p, ul, ol, blockquote, table, figure { margin: 0 0 1rem; }
blockquote { padding: .25rem 1rem; border-left: 4px solid #1f4e79; background: #f3f6fa; color: #24292f; }
table { border-collapse: collapse; width: 100%; font-size: .86em; line-height: 1.45; }
th, td { border: 1px solid #c9d1d9; padding: .35em .5em; vertical-align: top; text-align: left; overflow-wrap: break-word; hyphens: auto; }
thead:not(:has(th:not(:empty))) { display: none; }
th { background: #eef2f6; word-break: keep-all; }
tbody tr:nth-child(even) td { background: #fafbfc; }
td[style*="right"], th[style*="right"] { text-align: right; }
code { font-family: "Noto Sans Mono", "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: .92em; background: #f3f4f6; padding: .05em .3em; border-radius: 3px; }
a { color: #0b5cad; }
figure.diagram { margin: 0 0 1.25rem; text-align: center; }
figure.diagram svg { max-width: 100%; height: auto; }
.internal-mark { position: fixed; top: 0; left: 0; right: 0; padding: .3rem; text-align: center; font-weight: bold; color: #b42318; background: #fff4f2; border-bottom: 1px solid #f3b5ad; }
.internal-mark + main { padding-top: 3rem; }
@page { size: auto; margin: 18mm 15mm 18mm 15mm; }
${pageBoxes(locale, title, internal)}
@media print {
  html { font-size: 9.5pt; }
  main { max-width: none; padding: 0; }
  h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
  table { break-inside: auto; }
  thead { display: table-header-group; }
  tr, td, th { break-inside: avoid; page-break-inside: avoid; }
  figure.diagram, blockquote { break-inside: avoid; page-break-inside: avoid; }
  /* A line that introduces a diagram or a table stays with it. */
  p:has(+ figure.diagram), p:has(+ table) { break-after: avoid; page-break-after: avoid; }
  a { color: inherit; text-decoration: none; }
  tbody tr:nth-child(even) td { background: none; }
  .internal-mark { display: none; }
  .internal-mark + main { padding-top: 0; }
}
`.trim();
}

/** The whole HTML file: one self-contained page, no script, nothing loaded from anywhere. */
function page(body: string, svgs: string[], title: string, opts: PublishOptions): string {
  const withDiagrams = body.replace(/<!--mplan-diagram:(\d+)-->\n?/g, (_, n: string) => `<figure class="diagram">${svgs[Number(n)]}</figure>\n`);
  const mark = opts.internal ? `<div class="internal-mark">${escapeHtml(text('document-internal-mark', opts.locale))}</div>\n` : '';
  return `<!doctype html>
<html lang="${opts.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:">
<meta name="generator" content="mplan">
<title>${escapeHtml(title)}</title>
<style>
${styles(opts.locale, title, opts.internal === true)}
</style>
</head>
<body>
${mark}<main>
${withDiagrams}</main>
</body>
</html>
`;
}

/** The rendered Markdown as one self-contained HTML file (diagrams drawn in `browser`). */
export async function toHtml(browser: Browser, markdown: string, opts: PublishOptions): Promise<string> {
  const c = await convert(markdown);
  const svgs = await drawDiagrams(browser, c.diagrams, opts.locale);
  return page(c.body, svgs, c.title, opts);
}

/** The HTML file printed to PDF by the browser: A4 or Letter, page numbers, bookmarks, title, embedded fonts. */
export async function toPdf(browser: Browser, html: string, opts: PublishOptions & { paper: Paper }): Promise<Uint8Array> {
  const p = await browser.newPage();
  await offline(p);
  await p.setContent(html, { waitUntil: 'load' });
  await p.emulateMediaType('print');
  // Title, page numbers and the internal mark come from the page's own margin boxes (see pageBoxes).
  const pdf = await p.pdf({
    format: opts.paper === 'letter' ? 'letter' : 'a4',
    printBackground: true,
    margin: { top: '18mm', bottom: '18mm', left: '15mm', right: '15mm' },
    outline: true,
    tagged: true,
    waitForFonts: true,
  });
  await p.close();
  return withoutTimestamps(pdf);
}

/**
 * The PDF without the time it was printed: Chromium writes `/CreationDate`
 * and `/ModDate` into the document information, so the same plan gave
 * different bytes on every run. Each entry is blanked with spaces of the
 * same length (white space between dictionary entries), so every byte
 * offset in the cross-reference table stays right.
 */
export function withoutTimestamps(pdf: Uint8Array): Uint8Array {
  const out = Buffer.from(pdf);
  const text = out.toString('latin1');
  for (const m of text.matchAll(/\/(?:CreationDate|ModDate)\s*\(D:[0-9Z+\-']{0,40}\)/g)) out.fill(0x20, m.index, m.index + m[0].length);
  return out;
}
