import type { Severity } from '../diagnostics/types.js';
import { fingerprints, repoNamer } from './shared.js';
import type { Formatter } from './types.js';

const SEVERITY: Record<Severity, 'major' | 'minor' | 'info'> = { error: 'major', warn: 'minor', info: 'info' };

/**
 * GitLab Code Quality report (a JSON array of Code Climate issues): shown in
 * merge requests. Severity: error → major, warn → minor, info → info.
 * Fingerprints are stable across edits elsewhere (rule, entity, message id
 * and data; never the line) and unique within a report. GitLab reads each
 * `location.path` from the repository's root, so files are named from there.
 */
const gitlab: Formatter = (diagnostics, ctx) => {
  const prints = fingerprints(diagnostics);
  const name = repoNamer(ctx);
  const issues = diagnostics.map((d, i) => ({
    type: 'issue',
    description: d.hint ? `${d.message ?? d.messageId}${ctx.lang === 'ja' ? '' : ' '}${d.hint}` : d.message ?? d.messageId,
    check_name: d.rule,
    fingerprint: prints[i]!,
    severity: SEVERITY[d.severity],
    location: { path: name(d.file), lines: { begin: d.line, ...(d.endLine !== undefined ? { end: d.endLine } : {}) } },
  }));
  return `${JSON.stringify(issues, null, 2)}\n`;
};
export default gitlab;
