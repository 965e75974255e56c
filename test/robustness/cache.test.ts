/**
 * `mplan lint --cache` (src/cache/): a warm run gives byte-identical output
 * to an uncached run, parses only what changed, and a corrupt, stale or
 * unwritable cache is ignored (and rewritten) rather than trusted.
 */
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { asciiJson } from '../../src/cache/ascii.js';
import { F_STAT, FORMAT } from '../../src/cache/format.js';
import { VERSION } from '../../src/util/version.js';
import { SCHEMAS_HASH } from '../../src/generated/schemas-hash.js';
import { runJson } from '../helpers/cli.js';
import { fingerprint } from './helpers.js';
import { later, runLater } from '../cache/later.js';
import { decodedCache } from '../cache/view.js';
import { copyExample } from '../helpers/examples.js';
import { tempDir } from '../helpers/temp.js';

// Count real YAML parses, file by file, and files whose bytes were decoded (read) at all.
const parsed = vi.hoisted(() => ({ files: [] as string[], decoded: [] as string[] }));
vi.mock('../../src/load/parse.js', async (importOriginal) => {
  const mod = await importOriginal<typeof import('../../src/load/parse.js')>();
  return {
    ...mod,
    parseFile: (rel: string, ...rest: [string, string]) => {
      parsed.files.push(rel);
      return mod.parseFile(rel, ...rest);
    },
    decodeFile: (rel: string, bytes: Buffer) => {
      parsed.decoded.push(rel);
      return mod.decodeFile(rel, bytes);
    },
    // A file's text read again later (its decodeFile call is inside parse.js, out of the mock's reach).
    readTextAgain: (rel: string, abs: string) => {
      parsed.decoded.push(rel);
      return mod.readTextAgain(rel, abs);
    },
  };
});

const CACHE = '.mplan-cache.json';
beforeEach(() => {
  parsed.files = [];
  parsed.decoded = [];
});

/** The English example plan plus planted problems: a lint finding, a dangling reference, a YAML error, a binary file. */
function plan(): string {
  const dir = copyExample('exhibition-b2b');
  mkdirSync(path.join(dir, 'extra'));
  writeFileSync(path.join(dir, 'extra/kpi.yaml'), 'kind: KPI\nid: extra-kpi\nname: Extra KPI\nstage: expo-visitor/discover\ngoals: [show-sourced-pipeline]\n');
  writeFileSync(path.join(dir, 'extra/dangling.yaml'), 'kind: Challenge\nid: extra-challenge\nname: X\ngoal: no-such-goal\ncurrent: a\nproblem: b\n');
  writeFileSync(path.join(dir, 'extra/broken.yaml'), 'kind: Goal\nid: [\n');
  writeFileSync(path.join(dir, 'extra/bin.yaml'), Buffer.from([0, 1, 2]));
  return dir;
}

const yamlFiles = (dir: string) => {
  const out: string[] = [];
  const walk = (d: string, rel: string) => {
    for (const name of readdirSync(d).sort()) {
      const abs = path.join(d, name);
      const r = rel ? `${rel}/${name}` : name;
      if (statSync(abs).isDirectory()) {
        if (name !== 'drafts') walk(abs, r);
      } else if (/\.ya?ml$/.test(name)) out.push(r);
    }
  };
  walk(dir, '');
  return out;
};

/** What the cache file holds per file (undefined when it is not a cache this mplan would trust). */
function cacheView(dir: string): Record<string, { stat?: number[]; values: unknown[] }> | undefined {
  const d = decodedCache(dir);
  if (!d) return undefined;
  const files: Record<string, { stat?: number[]; values: unknown[] }> = {};
  d.header.paths.forEach((p, i) => {
    const stat = d.header.meta[d.metaAt[i]!]! & F_STAT ? [...d.stat.slice(4 * i, 4 * i + 4)] : undefined;
    files[p] = { ...(stat ? { stat } : {}), values: d.values.slice(d.firstDoc[i], d.firstDoc[i + 1]) };
  });
  return files;
}

/** Fingerprint of the plan's own files (the cache file excluded). */
function planPrint(dir: string): string {
  const copy = tempDir('mplan-cache-fp-');
  cpSync(dir, copy, { recursive: true, filter: (src) => path.basename(src) !== CACHE });
  return fingerprint(copy);
}

describe('mplan lint --cache', () => {
  it('writes the cache, then gives byte-identical output without parsing unchanged files', async () => {
    const dir = plan();
    const before = planPrint(dir);
    const plain = await runJson(['lint', dir], dir);
    expect(plain.code).toBe(1);
    const rules = new Set(plain.diagnostics.map((d) => d.rule));
    expect(rules).toContain('kpi-no-owner'); // a lint finding
    expect(rules).toContain('ref-unresolved'); // a model error
    expect(rules).toContain('yaml-syntax');
    expect(rules).toContain('file-binary');

    parsed.files = [];
    const cold = await runJson(['lint', '--cache', dir], dir);
    expect(cold.stdout).toBe(plain.stdout);
    expect(cold.code).toBe(plain.code);
    expect(cacheView(dir)).toHaveProperty(['extra/kpi.yaml']);
    const all = yamlFiles(dir).filter((f) => f !== 'extra/bin.yaml');
    expect(new Set(parsed.files)).toEqual(new Set(all));

    parsed.files = [];
    const warm = await runJson(['lint', '--cache', dir], dir);
    expect(warm.stdout).toBe(plain.stdout);
    expect(warm.code).toBe(plain.code);
    // Nothing is parsed: every location reported before (the model's dangling reference
    // included) is remembered in the cache.
    expect(parsed.files).toEqual([]);

    const mtime = statSync(path.join(dir, CACHE)).mtimeMs;
    parsed.files = [];
    const again = await runJson(['lint', '--cache', dir], dir);
    expect(again.stdout).toBe(plain.stdout);
    expect(statSync(path.join(dir, CACHE)).mtimeMs, 'nothing new learnt: the cache is not rewritten').toBe(mtime);
    expect(planPrint(dir), 'plan files untouched').toBe(before);
  });

  it('writes the cache as ASCII-only JSON (Japanese text as \\u escapes) that reads back to the same results', async () => {
    const dir = copyExample('d2c-coffee-ja');
    writeFileSync(path.join(dir, 'extra.yaml'), 'kind: KPI\nid: 追加-kpi\nname: 絵文字 😀 と全角（）\nstage: 存在しない/ステージ\n');
    const plain = await runJson(['lint', dir], dir);
    const cold = await runJson(['lint', '--cache', dir], dir);
    expect(cold.stdout).toBe(plain.stdout);
    const bytes = readFileSync(path.join(dir, CACHE));
    expect(bytes.every((b) => b < 0x7f)).toBe(true);
    expect(bytes.toString('latin1')).toContain('\\u7d75\\u6587\\u5b57 \\ud83d\\ude00');
    parsed.files = [];
    const warm = await runJson(['lint', '--cache', dir], dir);
    expect(parsed.files).toEqual([]);
    expect(warm.stdout).toBe(plain.stdout);
    expect(warm.stdout).toContain('`追加-kpi` が小文字');
  });

  it('asciiJson: ASCII only, and JSON.parse gives back the same value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.string({ unit: 'binary' }), (v, s) => {
        for (const json of [JSON.stringify(v), JSON.stringify(s), JSON.stringify({ [s]: [s, v] })]) {
          const out = asciiJson(json);
          expect(/^[\x00-\x7e]*$/.test(out)).toBe(true);
          expect(JSON.parse(out)).toEqual(JSON.parse(json));
        }
      }),
    );
  });

  it('reparses exactly the file that changed, and the output matches an uncached run', async () => {
    const dir = plan();
    await runJson(['lint', '--cache', dir], dir);
    await runJson(['lint', '--cache', dir], dir);
    const kpi = path.join(dir, 'extra/kpi.yaml');
    writeFileSync(kpi, `${readFileSync(kpi, 'utf8')}owner: no-such-role\n`);
    parsed.files = [];
    const warm = await runJson(['lint', '--cache', dir], dir);
    expect(parsed.files.filter((f) => f !== 'extra/dangling.yaml')).toEqual(['extra/kpi.yaml']);
    const plain = await runJson(['lint', dir], dir);
    expect(warm.stdout).toBe(plain.stdout);
    expect(plain.diagnostics.some((d) => d.file === 'extra/kpi.yaml' && d.rule === 'ref-unresolved' && d.line === 6)).toBe(true);
  });

  it('follows deleted and added files', async () => {
    const dir = plan();
    await runJson(['lint', '--cache', dir], dir);
    rmSync(path.join(dir, 'extra/dangling.yaml'));
    writeFileSync(path.join(dir, 'extra/new.yaml'), 'kind: Goal\nid: extra-goal\nname: G\nstatement: S\nhorizon: someday\n');
    const warm = await runJson(['lint', '--cache', dir], dir);
    const plain = await runJson(['lint', dir], dir);
    expect(warm.stdout).toBe(plain.stdout);
    expect(plain.diagnostics.some((d) => d.file === 'extra/new.yaml' && d.rule === 'schema-enum')).toBe(true);
    expect(plain.diagnostics.some((d) => d.file === 'extra/dangling.yaml')).toBe(false);
  });

  it.each([
    ['garbage', 'not json {'],
    ['empty', ''],
    ['another mplan version', JSON.stringify({ format: 1, version: '0.0.0-other', files: {} })],
    ['wrong shape', JSON.stringify({ format: 1, version: 'x', files: [] })],
    ['null', 'null'],
  ])('ignores and rewrites a cache that is %s', async (_name, content) => {
    const dir = plan();
    const plain = await runJson(['lint', dir], dir);
    writeFileSync(path.join(dir, CACHE), content);
    parsed.files = [];
    const run = await runJson(['lint', '--cache', dir], dir);
    expect(run.stdout).toBe(plain.stdout);
    expect(parsed.files.length).toBeGreaterThan(20); // nothing was taken from it
    expect(Object.keys(cacheView(dir)!).length).toBeGreaterThan(20);
  });

  /** The cache with one value changed in place (same length), so that it still holds together: trusted, it changes the output. */
  const doctor = (text: string): string => {
    const from = '"stage":"expo-visitor/discover"';
    expect(text).toContain(from);
    return text.replace(from, '"stage":"expo-visitor/discoveX"');
  };

  it('trusts a cache that holds together (the doctored caches below differ from it only where said)', async () => {
    const dir = plan();
    await runJson(['lint', '--cache', dir], dir);
    writeFileSync(path.join(dir, CACHE), doctor(readFileSync(path.join(dir, CACHE), 'latin1')));
    const run = await runJson(['lint', '--cache', dir], dir);
    expect(run.stdout).toContain('expo-visitor/discoveX');
  });

  it.each([
    ['a document count that does not add up', (t: string) => t.replace(/"meta":\[(\d+),(\d+)/, (_m, f, n) => `"meta":[${f},${Number(n) + 1}`)],
    ['its values line cut short', (t: string) => `${t.slice(0, t.length - 40)}\n]`],
    ['a value longer than the length recorded for it', (t: string) => t.replace('"stage":"expo-visitor/discover"', '"stage":"expo-visitor/discoverX"')],
    ['a value shorter than the length recorded for it', (t: string) => t.replace('"stage":"expo-visitor/discover"', '"stage":"expo-visitor/discove"')],
    ['a bogus load problem', (t: string) => t.replace('"extra":[', '"extra":[[1,[{"bogus":true}],0,0],')],
    ['a location that is not one', (t: string) => t.replace('"extra":[', '"extra":[[1,0,0,[["0|value|[\\"id\\"]",null]]],')],
    ['a file number out of range', (t: string) => t.replace('"extra":[', '"extra":[[99999,[],0,0],')],
    ['one stat number too few', (t: string) => t.replace(/"stat":"[^"]{12}/, '"stat":"')],
    ['a stat that is not base64', (t: string) => t.replace(/"stat":"[^"]{4}/, '"stat":"!!!!')],
    ['one hash character too many', (t: string) => t.replace('"hash":"', '"hash":"A')],
    ['another format', (t: string) => t.replace(`"format":${FORMAT}`, '"format":4')],
    ['another mplan version', (t: string) => t.replace(/"version":"[^"]*"/, '"version":"0.0.0-other"')],
    ['laid out as format 3 was (one JSON object with an entry per file)', (t: string) => {
      const view = JSON.parse(t) as [{ paths: string[]; hash: string }, unknown[]];
      const files = Object.fromEntries(view[0].paths.map((p, i) => [p, { hash: view[0].hash.slice(44 * i, 44 * i + 44), load: [], docs: [{ index: 0, ok: true, map: true, end: 1, value: { kind: 'Goal', id: 'x' } }] }]));
      return JSON.stringify({ format: FORMAT, version: VERSION, schemas: SCHEMAS_HASH, files });
    }],
  ])('ignores (and rewrites) a cache with %s', async (_name, tamper) => {
    const dir = plan();
    await runJson(['lint', '--cache', dir], dir);
    const good = readFileSync(path.join(dir, CACHE), 'latin1');
    const bad = tamper(doctor(good));
    expect(bad).not.toBe(doctor(good));
    writeFileSync(path.join(dir, CACHE), bad);
    parsed.files = [];
    const run = await runJson(['lint', '--cache', dir], dir);
    const plain = await runJson(['lint', dir], dir);
    expect(run.stdout).toBe(plain.stdout);
    expect(new Set(parsed.files)).toEqual(new Set(yamlFiles(dir).filter((f) => f !== 'extra/bin.yaml'))); // nothing was taken from it
    expect(cacheView(dir)).toHaveProperty(['extra/kpi.yaml']);
  });

  it('a cache that cannot be written is reported as info, the results are unchanged', async () => {
    const dir = plan();
    mkdirSync(path.join(dir, CACHE)); // a folder where the cache file should go
    const plain = await runJson(['lint', dir], dir);
    const run = await runJson(['lint', '--cache', dir], dir);
    expect(run.code).toBe(plain.code);
    const info = run.diagnostics.find((d) => d.rule === 'cache-unwritable');
    expect(info).toMatchObject({ severity: 'info', file: CACHE, line: 1, column: 1 });
    expect(info!.message).toContain(CACHE);
    expect(run.diagnostics.filter((d) => d.rule !== 'cache-unwritable')).toEqual(plain.diagnostics);
  });

  it('a FIFO where the cache file should be is neither read (it would block) nor trusted', async () => {
    const dir = plan();
    // A real cache for this plan, doctored so that reading it would change the output (the KPI's stage does not exist).
    await runJson(['lint', '--cache', dir], dir);
    const bait = path.join(tempDir('mplan-cache-bait-'), 'cache.json');
    writeFileSync(bait, doctor(readFileSync(path.join(dir, CACHE), 'latin1')));
    rmSync(path.join(dir, CACHE));
    execFileSync('mkfifo', [path.join(dir, CACHE)]);
    // If mplan ever opened the FIFO for a blocking read, this writer would feed it the doctored cache
    // after a few seconds, and the output below would differ.
    const writer = spawn('timeout', ['20', 'sh', '-c', 'sleep 3; cat "$1" > "$0"', path.join(dir, CACHE), bait], { stdio: 'ignore' });
    try {
      const plain = await runJson(['lint', dir], dir);
      const run = await runJson(['lint', '--cache', dir], dir);
      expect(run.stdout).toBe(plain.stdout);
      expect(lstatSync(path.join(dir, CACHE)).isFile(), 'replaced by a real cache file').toBe(true);
    } finally {
      writer.kill();
    }
  });

  it('validate and lint without --cache neither read nor write a cache', async () => {
    const dir = plan();
    writeFileSync(path.join(dir, CACHE), 'not json');
    await runJson(['lint', dir], dir);
    await runJson(['validate', dir], dir);
    expect(readFileSync(path.join(dir, CACHE), 'utf8')).toBe('not json');
  });

  describe('files whose size, times and inode did not change are not even read', () => {
    // Files written just before a run are never trusted on their stat alone (they could change again
    // within the same timestamp tick): these runs happen "an hour later", when the plan's files are old.
    runLater();

    it('a warm run reads no plan file and gives byte-identical output', async () => {
      const dir = plan();
      writeFileSync(path.join(dir, 'extra/kpi.yaml'), `# mplan-disable-next-line kpi-no-owner -- owner named next quarter\n${readFileSync(path.join(dir, 'extra/kpi.yaml'), 'utf8')}`);
      const plain = await runJson(['lint', dir], dir);
      await runJson(['lint', '--cache', dir], dir);
      expect(Object.values(cacheView(dir)!).every((e) => Array.isArray(e.stat))).toBe(true);
      parsed.files = [];
      parsed.decoded = [];
      const warm = await runJson(['lint', '--cache', dir], dir);
      expect(warm.stdout).toBe(plain.stdout);
      expect(parsed.files).toEqual([]);
      // Only the file with a suppression comment is read (its comments live in the text), and the
      // file with YAML errors, as a reference dangles: the ids it declares are read from its text.
      expect(parsed.decoded).toEqual(['extra/broken.yaml', 'extra/kpi.yaml']);
    });

    it('a changed file is read again even when its size did not change; a touched one is hashed, not parsed, and the cache not rewritten for it', async () => {
      const dir = plan();
      await runJson(['lint', '--cache', dir], dir);
      const goal = path.join(dir, 'extra/dangling.yaml');
      const text = readFileSync(goal, 'utf8');
      const same = text.replace('no-such-goal', 'no-such-goa1'); // same length
      expect(same.length).toBe(text.length);
      writeFileSync(goal, same);
      later();
      parsed.files = [];
      const warm = await runJson(['lint', '--cache', dir], dir);
      expect(parsed.files).toEqual(['extra/dangling.yaml']);
      const plain = await runJson(['lint', dir], dir);
      expect(warm.stdout).toBe(plain.stdout);
      expect(plain.stdout).toContain('no-such-goa1');

      const before = cacheView(dir)!['extra/kpi.yaml']!.stat;
      const cacheBefore = readFileSync(path.join(dir, CACHE));
      writeFileSync(path.join(dir, 'extra/kpi.yaml'), readFileSync(path.join(dir, 'extra/kpi.yaml')));
      later();
      for (let run = 0; run < 2; run++) {
        parsed.files = [];
        parsed.decoded = [];
        const touched = await runJson(['lint', '--cache', dir], dir);
        expect(touched.stdout).toBe(plain.stdout);
        expect(parsed.files).toEqual([]);
        // Hashed on every run: one file's new stat is not worth rewriting the whole cache for.
        // (The file with YAML errors is read for the ids it declares, as a reference dangles.)
        expect(parsed.decoded).toEqual(['extra/kpi.yaml', 'extra/broken.yaml']);
        expect(readFileSync(path.join(dir, CACHE)).equals(cacheBefore)).toBe(true);
        expect(cacheView(dir)!['extra/kpi.yaml']!.stat).toEqual(before);
      }
    });

    it('many touched files (a checkout) get their new stats saved once, so later runs trust them again', async () => {
      const dir = plan();
      mkdirSync(path.join(dir, 'many'));
      const many = Array.from({ length: 70 }, (_, k) => `many/tool-${k}.yaml`);
      for (const [k, rel] of many.entries()) writeFileSync(path.join(dir, rel), `kind: Tool\nid: many-tool-${k}\nname: Tool ${k}\ncategory: crm\n`);
      later();
      const plain = await runJson(['lint', dir], dir);
      await runJson(['lint', '--cache', dir], dir);
      const before = cacheView(dir)!;
      for (const rel of many) writeFileSync(path.join(dir, rel), readFileSync(path.join(dir, rel)));
      later();
      parsed.files = [];
      parsed.decoded = [];
      const touched = await runJson(['lint', '--cache', dir], dir);
      expect(touched.stdout).toBe(plain.stdout);
      expect(parsed.files).toEqual([]);
      // (and the file with YAML errors, read for the ids it declares, as a reference dangles)
      expect([...parsed.decoded].sort()).toEqual([...many, 'extra/broken.yaml'].sort());
      const after = cacheView(dir)!;
      for (const rel of many) expect(after[rel]!.stat).not.toEqual(before[rel]!.stat);
      parsed.decoded = [];
      later();
      const next = await runJson(['lint', '--cache', dir], dir);
      expect(next.stdout).toBe(plain.stdout);
      expect(parsed.decoded.filter((rel) => rel.startsWith('many/'))).toEqual([]);
    });
  });
});

