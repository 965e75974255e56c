// STUB: to be written.
import type { Formatter } from './types.js';

const github: Formatter = () => '';
export default github;
