import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CORE_MESSAGES } from '../../src/i18n/core-messages.js';

describe('docs/errors.md', () => {
  it('lists every error code mplan can report', () => {
    const doc = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
    const codes = Object.keys(CORE_MESSAGES).filter((k) => !k.includes('.') && !k.startsWith('hint-'));
    const missing = codes.filter((c) => !doc.includes(`\`${c}\``));
    expect(missing, 'run `npm run build && node scripts/gen-errors-doc.mjs`').toEqual([]);
  });
});
