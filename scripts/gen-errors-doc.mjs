#!/usr/bin/env node
// Writes docs/errors.md from the core message catalog (run `npm run build` first).
import { writeFileSync } from 'node:fs';

const { CORE_MESSAGES } = await import('../dist/i18n/core-messages.js');
const groups = [
  ['Files', /^(file-|line-|symlink-)/],
  ['YAML', /^yaml-/],
  ['Documents, kinds and ids', /^(doc-|kind-|id-|stage-id-|plan-)/],
  ['Schema', /^schema-/],
  ['References', /^ref-/],
  ['Configuration and suppressions', /^(config-|suppression-|rule-crashed)/],
  ['Usage and internal errors (exit code 2)', /^(usage-|internal-)/],
];
const ids = Object.keys(CORE_MESSAGES).filter((k) => !k.includes('.') && !k.startsWith('hint-'));
let out = `# Error codes\n\nEvery problem mplan reports that is not a lint rule finding has a stable code. It appears as \`rule\` in \`--format json\`, SARIF and the other formats, and stays the same in every language. Lint rules are listed in [rules/](rules/README.md).\n\nFile, YAML, schema and reference problems are errors (exit code 1) and cannot be suppressed; usage problems exit with code 2.\n`;
for (const [title, re] of groups) {
  const mine = ids.filter((id) => re.test(id));
  if (!mine.length) continue;
  out += `\n## ${title}\n\n| code | message | how to fix |\n|---|---|---|\n`;
  for (const id of mine) {
    const hint = CORE_MESSAGES[`${id}.hint`]?.en ?? '';
    const cell = (s) => s.replace(/\|/g, '\\|');
    out += `| \`${id}\` | ${cell(CORE_MESSAGES[id].en)} | ${cell(hint)} |\n`;
  }
}
writeFileSync(new URL('../docs/errors.md', import.meta.url), out);
