/**
 * Handlebars' runtime alone (no parser, no compiler): enough to run
 * precompiled templates, and half the load time of the full package. Its
 * runtime.d.ts declares nothing, so it is typed here as the full API (minus
 * compile/precompile/parse, which it lacks: engine.ts loads the full package
 * when it must compile).
 */
import type Handlebars from 'handlebars';
import Runtime from 'handlebars/runtime.js';

export const HandlebarsRuntime = Runtime as unknown as typeof Handlebars;
