import { describe, expect, it } from 'vitest';
import github, { escapeData, escapeProperty } from '../../src/formatters/github.js';
import { expectGolden, fixtureDiagnostics, makeContext } from './context.js';

function run(lang: 'en' | 'ja' = 'en', diagnostics = fixtureDiagnostics(lang)) {
  return github(diagnostics, makeContext(diagnostics, { lang }));
}

/** The workflow-command grammar: `::name key=value,key=value::data`, one command per line. */
const COMMAND = /^::(error|warning|notice) ((?:[A-Za-z]+=[^,:\r\n]*)(?:,[A-Za-z]+=[^,:\r\n]*)*)::([^\r\n]*)$/;

function unescapeData(s: string): string {
  return s.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
}
function unescapeProperty(s: string): string {
  return unescapeData(s.replace(/%3A/g, ':').replace(/%2C/g, ','));
}

function parse(out: string) {
  return out
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const m = COMMAND.exec(line);
      expect(m, `not a workflow command: ${line}`).not.toBeNull();
      const props = Object.fromEntries(m![2]!.split(',').map((kv) => [kv.slice(0, kv.indexOf('=')), unescapeProperty(kv.slice(kv.indexOf('=') + 1))]));
      return { command: m![1], props, message: unescapeData(m![3]!) };
    });
}

describe('github formatter', () => {
  it('matches the golden output (en and ja)', () => {
    expectGolden('github.en.txt', run('en'));
    expectGolden('github.ja.txt', run('ja'));
  });

  it('prints one well-formed workflow command per finding, severity mapped to error/warning/notice', () => {
    const cmds = parse(run('en'));
    expect(cmds.map((c) => c.command)).toEqual(['warning', 'error', 'error', 'notice', 'notice']);
    expect(cmds[1]!.props).toEqual({ file: 'plan/kpis/dup.yaml', line: '2', col: '5', endLine: '2', endColumn: '10', title: 'id-duplicate' });
    expect(cmds[0]!.props).toEqual({ file: 'plan/initiatives/launch.yaml', line: '6', col: '7', title: 'raci-multiple-letters' });
  });

  it('puts the hint and the related place on further lines of the message', () => {
    const cmds = parse(run('en'));
    expect(cmds[0]!.message).toBe(
      'Role `cmo` is both accountable and responsible on initiative `launch`.\nKeep `cmo` in one of them.\nsee plan/team/roles.yaml:2:5 (`cmo` is defined here)',
    );
  });

  it('escapes hostile file names and messages so that they round-trip exactly', () => {
    const ds = fixtureDiagnostics('en');
    const cmds = parse(run('en', ds));
    const hostile = cmds[4]!;
    expect(hostile.props.file).toBe('plan/tools/odd, name: 100%.yaml');
    const d = ds[4]!;
    expect(hostile.message).toBe(`${d.message}\n${d.hint}`);
    expect(hostile.message).toContain('a|b <script>alert(1)</script> & `x\nsecond line, 100% done: yes\r\nthird');
  });

  it('escapes by the exact rules: data %, CR, LF; properties also : and ,', () => {
    expect(escapeData('100%\r\n:,')).toBe('100%25%0D%0A:,');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
    // % first, so an existing escape sequence in the text is not decoded by GitHub
    expect(escapeData('%0A')).toBe('%250A');
    expect(escapeProperty('%2C')).toBe('%252C');
  });

  it('prints nothing for a clean plan', () => {
    expect(run('en', [])).toBe('');
  });
});
