import type { Formatter } from './types.js';

export type { Formatter, FormatterContext } from './types.js';

/** Formatters by name, each in its own file and loaded only when asked for. */
const LOADERS: Record<string, () => Promise<{ default: Formatter }>> = {
  stylish: () => import('./stylish.js'),
  json: () => import('./json.js'),
  sarif: () => import('./sarif.js'),
  github: () => import('./github.js'),
  markdown: () => import('./markdown.js'),
  junit: () => import('./junit.js'),
  gitlab: () => import('./gitlab.js'),
};

export const FORMAT_NAMES = Object.keys(LOADERS);

export function isFormat(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(LOADERS, name);
}

export async function loadFormatter(name: string): Promise<Formatter> {
  return (await LOADERS[name]!()).default;
}
