import type { Diagnostic, Summary } from '../diagnostics/types.js';
import type { Lang } from '../i18n/types.js';
import type { HealthFigure } from '../health/index.js';
import type { Rule } from '../rules/types.js';

export interface FormatterContext {
  lang: Lang;
  /** Absolute plan root; diagnostics' `file` is relative to it. */
  root: string;
  /** Absolute directory mplan runs in (CI: the repo root). */
  cwd: string;
  /** `file` (relative to the plan root) → path relative to `cwd`, `/`-separated. */
  fromCwd(file: string): string;
  /**
   * `file` → path relative to the top of the git work tree holding the plan
   * (`cwd` outside git), `/`-separated: where pull-request annotations, code
   * scanning, code quality and test reports look for it, whichever folder
   * mplan ran in. Used by every format read outside the terminal (github,
   * sarif, gitlab, junit, markdown); stylish names files from `cwd` and json
   * from the plan root. Defaults to `fromCwd`.
   */
  fromRepo?(file: string): string;
  /** Every rule known in this run (built-in and custom), by id. */
  rules: ReadonlyMap<string, Rule>;
  /** Docs page URL for a rule or error code. */
  docsUrl(ruleOrCode: string): string;
  summary: Summary;
  health?: HealthFigure[];
  color: boolean;
  /** Width of the terminal the output goes to, when it goes to one (stylish does not pad past it). */
  columns?: number;
  /** mplan's version, for tool metadata (SARIF, JUnit). */
  version: string;
  /** The command that produced the diagnostics (`validate`, `lint`). */
  command: string;
}

/** A formatter turns localized diagnostics into one string; it prints nothing itself. */
export type Formatter = (diagnostics: readonly Diagnostic[], context: FormatterContext) => string;
