import type { Severity } from '../diagnostics/types.js';
import { words, fullMessage, repoNamer } from './shared.js';
import type { Formatter } from './types.js';

const COMMAND: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warn: 'warning', info: 'notice' };

/**
 * Escape the data part of a workflow command (after `::`). Other control
 * characters from plan text (ESC, BEL…) are written as `\u001b` and the like:
 * raw, they would reach the CI log as terminal escape sequences.
 */
export function escapeData(s: string): string {
  return s
    .replace(/%/g, '%25')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Escape a property value (`file=…,title=…`): as data, plus `:` and `,`. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions workflow commands, one per finding, so each appears as an
 * annotation on the pull request's line: `::error file=…,line=…::message`.
 * The hint and the other end of a relationship follow on their own lines of
 * the message.
 */
const github: Formatter = (diagnostics, ctx) => {
  const w = words(ctx.lang);
  const name = repoNamer(ctx);
  return diagnostics
    .map((d) => {
      const props: Array<[string, string | number]> = [
        ['file', name(d.file)],
        ['line', d.line],
        ['col', d.column],
      ];
      if (d.endLine !== undefined) props.push(['endLine', d.endLine]);
      if (d.endColumn !== undefined) props.push(['endColumn', d.endColumn]);
      props.push(['title', d.rule]);
      let message = fullMessage(d);
      for (const r of d.related ?? []) {
        message += `\n${w.see} ${name(r.file)}:${r.line}:${r.column}${r.message ? w.aside(r.message) : ''}`;
      }
      const head = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
      return `::${COMMAND[d.severity]} ${head}::${escapeData(message)}\n`;
    })
    .join('');
};
export default github;
