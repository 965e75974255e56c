import type { MessageData } from './types.js';

/**
 * The one error type mplan throws for problems the user can fix
 * (no plan root, a directory that does not exist, a bad option).
 * The CLI prints its localized message and exits with `exitCode`.
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
}
