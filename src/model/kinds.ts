/** The kinds of plan document, as written after `kind:`. */
export const KINDS = [
  'Plan',
  'Goal',
  'Challenge',
  'Persona',
  'Journey',
  'KPI',
  'Initiative',
  'Role',
  'Tool',
  'RFP',
] as const;
export type Kind = (typeof KINDS)[number];
/** What a reference can point at: an entity of some kind, or a journey stage. */
export type TargetKind = Kind | 'Stage';

export function isKind(v: unknown): v is Kind {
  return typeof v === 'string' && (KINDS as readonly string[]).includes(v);
}

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;

/** Turn any text into a valid id suggestion: `KPI_MQL Rate` → `kpi-mql-rate`. */
export function suggestId(text: string): string {
  const s = text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return s || 'my-id';
}
