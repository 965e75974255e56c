// STUB: to be written.
import type { Formatter } from './types.js';

const sarif: Formatter = () => '';
export default sarif;
