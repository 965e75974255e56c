import { errorDiagnostic } from './types.js';
import type { Diagnostic, Location, MessageData } from './types.js';

/**
 * The one error type mplan throws for problems the user can fix
 * (no plan root, a directory that does not exist, a bad option).
 * The CLI prints its localized message and exits with `exitCode`.
 * `code` is a message id with `data` for its placeholders, as in a
 * `Diagnostic`; one found at a place in the plan becomes a Diagnostic
 * there with `toDiagnostic`.
 */
export class MplanError extends Error {
  readonly code: string;
  readonly data: MessageData;
  readonly exitCode: number;
  readonly file?: string;

  constructor(code: string, data: MessageData = {}, options: { exitCode?: number; file?: string } = {}) {
    super(code);
    this.name = 'MplanError';
    this.code = code;
    this.data = data;
    this.exitCode = options.exitCode ?? 2;
    this.file = options.file;
  }

  /** This problem as a finding at `at` (rule and message id: the code; hint: `<code>.hint`). */
  toDiagnostic(at: Location): Diagnostic {
    return errorDiagnostic(this.code, this.data, at);
  }
}
