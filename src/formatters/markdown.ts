// STUB: to be written.
import type { Formatter } from './types.js';

const markdown: Formatter = () => '';
export default markdown;
