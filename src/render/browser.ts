/**
 * Finding and starting the system's Chrome or Chromium for `render --format
 * html|pdf`. mplan downloads no browser: it uses the one the machine has.
 */
import { accessSync, constants, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'puppeteer-core';
import { MplanError } from '../diagnostics/error.js';

/** Environment variables naming a browser, first wins (MPLAN_BROWSER is ours; the others are what other tools read). */
const ENV_VARS = ['MPLAN_BROWSER', 'CHROME_PATH', 'PUPPETEER_EXECUTABLE_PATH'];
/** Names on PATH, in order of preference. */
const COMMANDS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome', 'microsoft-edge', 'msedge'];

function wellKnown(env: NodeJS.ProcessEnv): string[] {
  if (process.platform === 'darwin') {
    return ['Google Chrome', 'Chromium', 'Microsoft Edge'].map((n) => `/Applications/${n}.app/Contents/MacOS/${n}`);
  }
  if (process.platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => Boolean(r));
    return roots.flatMap((r) => [path.join(r, 'Google', 'Chrome', 'Application', 'chrome.exe'), path.join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe')]);
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/snap/bin/chromium'];
}

function executable(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    if (process.platform !== 'win32') accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The browser to use: an environment variable, then PATH, then the usual install places. Throws a located usage error naming what to install. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): string {
  for (const v of ENV_VARS) {
    const p = env[v];
    if (!p) continue;
    if (executable(p)) return p;
    // A variable set to something that is not a browser is a mistake to report, not to skip silently.
    throw new MplanError('render-no-browser', { tried: ` (${v}=${p} is not a program)` });
  }
  const exts = process.platform === 'win32' ? ['.exe', ''] : [''];
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const c of COMMANDS) for (const e of exts) if (executable(path.join(dir, c + e))) return path.join(dir, c + e);
  }
  for (const p of wellKnown(env)) if (executable(p)) return p;
  throw new MplanError('render-no-browser', { tried: '' });
}

/**
 * Start the browser headless with a fresh profile and nothing that reaches
 * the network, run `work`, and always close it and remove the profile.
 */
export async function withBrowser<T>(executablePath: string, work: (browser: Browser) => Promise<T>): Promise<T> {
  const puppeteer = (await import('puppeteer-core')).default;
  const profile = mkdtempSync(path.join(tmpdir(), 'mplan-browser-'));
  let browser: Browser | undefined;
  try {
    try {
      browser = await puppeteer.launch({
        executablePath,
        headless: true,
        userDataDir: profile,
        args: [
          // Chromium refuses to start as root with its sandbox on (containers, CI).
          ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
          '--disable-gpu',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--disable-quic',
          '--disable-extensions',
          '--font-render-hinting=none',
        ],
      });
    } catch (err) {
      throw new MplanError('render-browser-failed', { browser: executablePath, detail: String((err as Error)?.message ?? err).split('\n')[0]! });
    }
    return await work(browser);
  } finally {
    await browser?.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
  }
}
