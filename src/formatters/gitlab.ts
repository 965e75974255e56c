// STUB: to be written.
import type { Formatter } from './types.js';

const gitlab: Formatter = () => '';
export default gitlab;
