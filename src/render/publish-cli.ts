/** `render --format html|pdf` from the CLI: find the browser, draw, print; warn when Japanese text has no font. */
import { spawnSync } from 'node:child_process';
import { text } from '../i18n/index.js';
import type { Lang } from '../i18n/types.js';
import { findBrowser, withBrowser } from './browser.js';
import { toHtml, toPdf } from './publish.js';
import type { Paper } from './publish.js';

export interface PublishRequest {
  format: 'html' | 'pdf';
  paper: Paper;
  /** Language of the document. */
  locale: Lang;
  internal: boolean;
  env: NodeJS.ProcessEnv;
  warn: (line: string) => void;
  /** Language of mplan's own messages. */
  msgLang: Lang;
}

/** False only when fontconfig is there and says no font covers Japanese (elsewhere we cannot tell, and say nothing). */
function hasJapaneseFont(): boolean {
  const r = spawnSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8', timeout: 10_000 });
  return r.status !== 0 || r.error !== undefined || r.stdout.trim() !== '';
}

export async function publish(markdown: string, req: PublishRequest): Promise<string | Uint8Array> {
  const browserPath = findBrowser(req.env);
  if (req.locale === 'ja' && !hasJapaneseFont()) req.warn(`mplan: ${text('render-no-japanese-font', req.msgLang, { format: req.format.toUpperCase() })}`);
  return withBrowser(browserPath, async (browser) => {
    const html = await toHtml(browser, markdown, { locale: req.locale, internal: req.internal });
    if (req.format === 'html') return html;
    return toPdf(browser, html, { locale: req.locale, internal: req.internal, paper: req.paper });
  });
}
