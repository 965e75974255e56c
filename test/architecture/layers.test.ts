import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const CONFIG = path.join(ROOT, '.dependency-cruiser.cjs');
const DEPCRUISE = path.join(ROOT, 'node_modules/.bin/depcruise');

interface Violation {
  from: string;
  to: string;
  rule: { name: string };
  cycle?: Array<{ name: string }>;
}

/** dependency-cruiser's own verdict on a tree, as the CI would get it. */
function cruise(cwd: string): Violation[] {
  let out: string;
  try {
    out = execFileSync(DEPCRUISE, ['src', '--config', CONFIG, '--output-type', 'json'], { cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
  } catch (err) {
    // Exit code 1 with violations still prints the JSON.
    out = (err as { stdout?: string }).stdout ?? '';
    if (!out) throw err;
  }
  return (JSON.parse(out) as { summary: { violations: Violation[] } }).summary.violations;
}

const describeViolation = (v: Violation): string =>
  v.cycle ? `${v.rule.name}: ${v.from} → ${v.cycle.map((c) => c.name).join(' → ')}` : `${v.rule.name}: ${v.from} → ${v.to}`;

describe('the layers of src/ (.dependency-cruiser.cjs, docs/architecture.md)', () => {
  it('no import goes from a lower layer to a higher one or across one layer, and there is no cycle', () => {
    expect(cruise(ROOT).map(describeViolation)).toEqual([]);
  }, 60000);

  it('the rules catch an import up the layers and a cycle, type imports included', () => {
    const found = cruise(path.join(ROOT, 'test/fixtures/layers')).map(describeViolation);
    expect(found).toContain('layer-load: src/load/reader.ts → src/app/run.ts');
    expect(found.some((v) => v.startsWith('no-circular: src/model/'))).toBe(true);
  }, 60000);
});
