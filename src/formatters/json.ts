import type { Formatter } from './types.js';

/**
 * One JSON object scripts can rely on: diagnostics (file relative to the
 * plan root), summary, and plan health when linting.
 */
const json: Formatter = (diagnostics, ctx) => {
  const out = {
    diagnostics: diagnostics.map((d) => ({
      rule: d.rule,
      severity: d.severity,
      file: d.file,
      line: d.line,
      column: d.column,
      ...(d.endLine !== undefined ? { endLine: d.endLine, endColumn: d.endColumn } : {}),
      messageId: d.messageId,
      message: d.message ?? d.messageId,
      ...(d.hint ? { hint: d.hint } : {}),
      ...(d.entity ? { entity: d.entity } : {}),
      data: d.data,
      ...(d.related?.length
        ? { related: d.related.map((r) => ({ file: r.file, line: r.line, column: r.column, message: r.message ?? r.messageId })) }
        : {}),
    })),
    summary: ctx.summary,
    ...(ctx.health ? { health: ctx.health } : {}),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
};
export default json;
