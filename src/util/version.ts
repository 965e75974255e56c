import { packageJson } from './package-root.js';

/** mplan's version, from package.json (read once, shared with every other lookup of mplan's own files). */
export const VERSION: string = typeof packageJson().version === 'string' ? packageJson().version! : '0.0.0';
