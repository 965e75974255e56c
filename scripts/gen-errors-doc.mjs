#!/usr/bin/env node
// Writes docs/errors.md from the message catalogs (run `npm run build` first).
import { writeFileSync } from 'node:fs';

const { CATALOG } = await import('../dist/i18n/index.js');

/** Codes a user can meet as a finding or an error, by section. Output strings (titles, summaries) are left out. */
export const GROUPS = [
  ['Files', /^(file-|line-|symlink-|folder-)/],
  ['YAML', /^yaml-/],
  ['Documents, kinds and ids', /^(doc-|kind-|id-|stage-id-|plan-)/],
  ['Schema', /^schema-/],
  ['References', /^ref-/],
  ['Plan dates', /^(period-|roadmap-phase-reversed)/],
  ['Configuration and suppressions', /^(config-|suppression-|rule-crashed)/],
  ['Custom rules and plugins', /^(policy-|plugins?-)/],
  ['Baselines and dated debt', /^(baseline-(unreadable|invalid|stale|bad-until|options-clash)|debt-(expired|expired-unowned|owner-unknown)$)/],
  ['Templates (render and lint)', /^render-(template-|unknown-|refused|missing-id|output-too-large)/],
  ['Git (diff, --since)', /^review-(git-missing|git-failed|not-repo|rev-missing|no-merge-base|no-commits|plan-ambiguous|bad-today)/],
  ['Cache', /^cache-/],
  ['Writing files (every output option, fmt, init; exit code 2)', /^(write-|fmt-)/],
  ['Usage and internal errors (exit code 2)', /^(usage-|internal-)/],
];

const ids = Object.keys(CATALOG).filter((k) => !k.includes('.') && !k.startsWith('hint-')).sort();
const cell = (s) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
let out = `# Error codes

Every problem mplan reports that is not a lint rule finding has a stable code. It appears as \`rule\` in \`--format json\`, SARIF and the other formats, and stays the same in every language (the message ids of \`yaml-syntax\` say which YAML mistake it is). Lint rules are listed in [rules/](rules/README.md).

File, YAML, schema and reference problems are errors (exit code 1) and cannot be suppressed; usage problems exit with code 2. \`{{…}}\` marks what mplan fills in.
`;
for (const [title, re] of GROUPS) {
  const mine = ids.filter((id) => re.test(id));
  if (!mine.length) continue;
  out += `\n## ${title}\n\n| code | message | how to fix |\n|---|---|---|\n`;
  for (const id of mine) {
    const hint = CATALOG[`${id}.hint`]?.en ?? '';
    out += `| <a id="${id}"></a>\`${id}\` | ${cell(CATALOG[id].en)} | ${cell(hint)} |\n`;
  }
}
writeFileSync(new URL('../docs/errors.md', import.meta.url), out);
