/** Severities, from most to least severe. `off` only appears in configuration. */
export type Severity = 'error' | 'warn' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warn', 'info'];
export type SeveritySetting = Severity | 'off';

export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warn: 2, info: 1 };

/** A position in a plan file: 1-based line and column. */
export interface Position {
  line: number;
  column: number;
}

export interface Location extends Position {
  /** Path relative to the plan root, `/`-separated. */
  file: string;
  endLine?: number;
  endColumn?: number;
}

export type MessageData = Record<string, string | number>;

/** Another place a finding is about (the other end of a relationship, the first definition of a duplicate). */
export interface RelatedLocation extends Location {
  messageId: string;
  data?: MessageData;
  /** Filled in at the edge by `localize`. */
  message?: string;
}

/**
 * A finding, as data. Rules and the validator fill in `messageId` and `data`;
 * `message` and `hint` (words in the user's language) are filled in at the
 * edge by `localize()` just before a formatter runs.
 */
export interface Diagnostic extends Location {
  /** The rule id (`kpi-no-stage`) or error code (`schema-unknown-key`). */
  rule: string;
  severity: Severity;
  messageId: string;
  data: MessageData;
  /** Message id of the fix hint, looked up like `messageId`. */
  hintId?: string;
  hintData?: MessageData;
  /** The entity the finding is about: a plan-wide id, or `journey/stage` for a stage. */
  entity?: string;
  related?: RelatedLocation[];
  message?: string;
  hint?: string;
}

/**
 * The finding for an error code where it is: the code is its rule and its
 * message id, and `<code>.hint` the id of its fix hint, both filled from
 * `data`. A file that cannot be read, a template that does not compile, a
 * plugin that does not load: each stage reports such a problem in this one
 * shape, so the pipeline only concatenates.
 */
export function errorDiagnostic(code: string, data: MessageData, at: Location): Diagnostic {
  return { rule: code, severity: 'error', ...at, messageId: code, data, hintId: `${code}.hint`, hintData: data };
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.line !== b.line) return a.line - b.line;
  if (a.column !== b.column) return a.column - b.column;
  if (a.rule !== b.rule) return a.rule < b.rule ? -1 : 1;
  const am = a.messageId + JSON.stringify(a.data);
  const bm = b.messageId + JSON.stringify(b.data);
  return am < bm ? -1 : am > bm ? 1 : 0;
}

export function sortDiagnostics(ds: Diagnostic[]): Diagnostic[] {
  return ds.sort(compareDiagnostics);
}

export interface Summary {
  error: number;
  warn: number;
  info: number;
  files: number;
  entities: number;
}

export function summarize(ds: readonly Diagnostic[], files: number, entities: number): Summary {
  const s: Summary = { error: 0, warn: 0, info: 0, files, entities };
  for (const d of ds) s[d.severity]++;
  return s;
}
