import type { Diagnostic, Location, Severity } from '../diagnostics/types.js';
import { describe, fingerprints, fullMessage, repoNamer, rulesSeen } from './shared.js';
import type { Formatter, FormatterContext } from './types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warn: 'warning', info: 'note' };

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/mplan-dev/mplan';
/** Name of mplan's partial fingerprint (rule + entity + message id + data; never the line). */
export const FINGERPRINT_KEY = 'mplanFinding/v1';

/** A relative path as a URI reference: each segment percent-encoded. */
export function toUri(relPath: string): string {
  return relPath.split('/').map((s) => encodeURIComponent(s)).join('/');
}

function physicalLocation(loc: Location, ctx: FormatterContext) {
  return {
    artifactLocation: { uri: toUri(repoNamer(ctx)(loc.file)), uriBaseId: '%SRCROOT%' },
    region: {
      startLine: loc.line,
      startColumn: loc.column,
      ...(loc.endLine !== undefined ? { endLine: loc.endLine } : {}),
      ...(loc.endColumn !== undefined ? { endColumn: loc.endColumn } : {}),
    },
  };
}

/**
 * SARIF 2.1.0 (one run), for GitHub code scanning and other SARIF viewers.
 * Paths are relative to the top of the git work tree holding the plan
 * (`%SRCROOT%`; the folder mplan runs in outside git); messages are in the chosen language, the message
 * id is in each result's properties. Deterministic: no times, no absolute paths.
 */
const sarif: Formatter = (diagnostics, ctx) => {
  const rules = rulesSeen(diagnostics, ctx);
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const prints = fingerprints(diagnostics);
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'mplan',
            version: ctx.version,
            semanticVersion: ctx.version,
            informationUri: INFORMATION_URI,
            rules: rules.map((r) => {
              const rule = ctx.rules.get(r.id);
              return {
                id: r.id,
                shortDescription: { text: describe(r.id, ctx) },
                ...(rule?.meta.practice ? { fullDescription: { text: rule.meta.practice[ctx.lang] } } : {}),
                helpUri: ctx.docsUrl(r.id),
                defaultConfiguration: { level: LEVEL[r.severity] },
                ...(rule ? { properties: { category: rule.meta.category } } : {}),
              };
            }),
          },
        },
        language: ctx.lang,
        columnKind: 'utf16CodeUnits',
        results: diagnostics.map((d: Diagnostic, i) => ({
          ruleId: d.rule,
          ruleIndex: index.get(d.rule)!,
          level: LEVEL[d.severity],
          message: { text: fullMessage(d) },
          locations: [{ physicalLocation: physicalLocation(d, ctx) }],
          ...(d.related?.length
            ? {
                relatedLocations: d.related.map((r, k) => ({
                  id: k + 1,
                  physicalLocation: physicalLocation(r, ctx),
                  message: { text: r.message ?? r.messageId },
                })),
              }
            : {}),
          partialFingerprints: { [FINGERPRINT_KEY]: prints[i]! },
          properties: { messageId: d.messageId, ...(d.entity ? { entity: d.entity } : {}) },
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
export default sarif;
