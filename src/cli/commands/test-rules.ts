// STUB: to be written. Owns the `mplan test-rules` command: options, help (en/ja), action.
import type { Command } from 'commander';
import type { Lang } from '../../i18n/types.js';
import type { IO } from '../io.js';

export function registerTestRules(program: Command, io: IO, lang: Lang, setCode: (code: number) => void): void {
  void program;
  void io;
  void lang;
  void setCode;
}
