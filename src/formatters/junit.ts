import type { Diagnostic } from '../diagnostics/types.js';
import { words, fullMessage, repoNamer } from './shared.js';
import type { Formatter } from './types.js';

/** Text safe in XML attributes and content; characters XML 1.0 cannot hold are dropped. */
export function xml(s: string): string {
  return s
    .replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** An attribute value: line breaks become spaces (XML readers would turn them into spaces anyway). */
export function attr(s: string): string {
  return xml(s.replace(/\s*[\r\n]+\s*/g, ' '));
}

/**
 * JUnit XML for CI test-report views: one `<testsuite>` per plan file, one
 * `<testcase>` per finding (classname = rule id). Errors and warnings are
 * `<failure>`s (type = severity); `info` findings are `<skipped>`: visible in
 * the report without counting as failed tests. A clean plan is one passing
 * testcase. No timestamps or durations, so the output is deterministic.
 * Files are named from the top of the repository: test-report views (GitLab's
 * Tests tab, annotation actions) resolve the `file` attribute from there.
 */
const junit: Formatter = (diagnostics, ctx) => {
  const w = words(ctx.lang);
  const fileName = repoNamer(ctx);
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const l = groups.get(d.file) ?? [];
    l.push(d);
    groups.set(d.file, l);
  }
  const count = (ds: Diagnostic[]) => ({
    tests: ds.length,
    failures: ds.filter((d) => d.severity !== 'info').length,
    skipped: ds.filter((d) => d.severity === 'info').length,
  });
  const attrs = (c: { tests: number; failures: number; skipped: number }) =>
    `tests="${c.tests}" failures="${c.failures}" errors="0" skipped="${c.skipped}"`;
  const name = `mplan ${ctx.command}`;
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>'];
  if (diagnostics.length === 0) {
    lines.push(`<testsuites name="${xml(name)}" tests="1" failures="0" errors="0" skipped="0">`);
    lines.push(`  <testsuite name="${xml(name)}" tests="1" failures="0" errors="0" skipped="0">`);
    lines.push(`    <testcase name="${attr(w.clean(ctx.summary.files, ctx.summary.entities))}" classname="mplan"/>`);
    lines.push('  </testsuite>', '</testsuites>');
    return `${lines.join('\n')}\n`;
  }
  lines.push(`<testsuites name="${xml(name)}" ${attrs(count([...diagnostics]))}>`);
  for (const [file, ds] of groups) {
    const path = fileName(file);
    lines.push(`  <testsuite name="${attr(path)}" ${attrs(count(ds))}>`);
    for (const d of ds) {
      const where = `${path}:${d.line}:${d.column}`;
      let body = `${where}\n${fullMessage(d)}`;
      for (const r of d.related ?? []) body += `\n${w.see} ${fileName(r.file)}:${r.line}:${r.column}${r.message ? w.aside(r.message) : ''}`;
      const msg = d.message ?? d.messageId;
      lines.push(`    <testcase name="${attr(`${where} ${msg}`)}" classname="${attr(d.rule)}" file="${attr(path)}" line="${d.line}">`);
      if (d.severity === 'info') lines.push(`      <skipped message="${attr(msg)}"/>`);
      else lines.push(`      <failure message="${attr(msg)}" type="${d.severity}">${xml(body)}</failure>`);
      lines.push('    </testcase>');
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
};
export default junit;
