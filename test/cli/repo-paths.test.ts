// Formats read outside the terminal (GitHub annotations, SARIF, GitLab code
// quality, JUnit, Markdown comments) name files from the top of the git work
// tree, where forges and CI report views look for them, whichever folder
// mplan runs in.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { writePlan } from '../helpers/plan.js';

/** A repository holding a plan in marketing/plan, with one KPI missing its stage. */
function repo(git: boolean): { top: string; plan: string } {
  const top = writePlan(
    {
      'marketing/plan/mplan.yaml': 'kind: Plan\nid: p\nname: P\nversion: 1\nlint: { extends: mplan:minimal, rules: { kpi-no-stage: error } }\n',
      'marketing/plan/kpis/a.yaml': 'kind: KPI\nid: kpi-a\nname: A\n',
    },
    null,
  );
  if (git) mkdirSync(path.join(top, '.git'));
  return { top, plan: path.join(top, 'marketing', 'plan') };
}

async function annotationFile(cwd: string, dir = '.'): Promise<string | undefined> {
  const r = await runCli(['lint', dir, '--format', 'github'], { cwd });
  return /^::error file=([^,]+),/m.exec(r.stdout)?.[1];
}

async function sarifUri(cwd: string): Promise<string> {
  const r = await runCli(['lint', '--format', 'sarif'], { cwd });
  return JSON.parse(r.stdout).runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri;
}

describe('--format github and sarif inside a git repository', () => {
  it('name files from the top of the work tree when run in the plan folder', async () => {
    const { plan } = repo(true);
    expect(await annotationFile(plan)).toBe('marketing/plan/kpis/a.yaml');
    expect(await sarifUri(plan)).toBe('marketing/plan/kpis/a.yaml');
  });

  it('and when run from a folder inside the plan, or from the top', async () => {
    const { top, plan } = repo(true);
    expect(await annotationFile(path.join(plan, 'kpis'))).toBe('marketing/plan/kpis/a.yaml');
    expect(await annotationFile(top, 'marketing/plan')).toBe('marketing/plan/kpis/a.yaml');
  });

  it('outside git, from the current folder', async () => {
    const { top, plan } = repo(false);
    expect(await annotationFile(plan)).toBe('kpis/a.yaml');
    expect(await annotationFile(top, 'marketing/plan')).toBe('marketing/plan/kpis/a.yaml');
  });
});

/** The file each format names for the one finding, run in `cwd`. */
async function namedFiles(cwd: string): Promise<Record<string, string | undefined>> {
  const out = async (format: string) => (await runCli(['lint', '--format', format], { cwd })).stdout;
  return {
    gitlab: JSON.parse(await out('gitlab'))[0].location.path,
    junit: /<testcase [^>]*file="([^"]+)"/.exec(await out('junit'))?.[1],
    markdown: /^\| (\S+):\d+:\d+ \|/m.exec(await out('markdown'))?.[1],
    json: JSON.parse(await out('json')).diagnostics[0].file,
  };
}

describe('--format gitlab, junit and markdown inside a git repository', () => {
  it('name files from the top of the work tree, as GitLab reads them; json keeps plan-root paths', async () => {
    const { plan } = repo(true);
    const expected = { gitlab: 'marketing/plan/kpis/a.yaml', junit: 'marketing/plan/kpis/a.yaml', markdown: 'marketing/plan/kpis/a.yaml', json: 'kpis/a.yaml' };
    expect(await namedFiles(plan)).toEqual(expected);
    expect(await namedFiles(path.join(plan, 'kpis'))).toEqual(expected);
  });

  it('outside git, from the current folder', async () => {
    const { plan } = repo(false);
    expect(await namedFiles(path.join(plan, 'kpis'))).toEqual({ gitlab: 'a.yaml', junit: 'a.yaml', markdown: 'a.yaml', json: 'kpis/a.yaml' });
  });
});
