import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/tool-capability-overlap.js';
import { check, yaml } from '../helpers/plan.js';
import { ruleTester, runRule } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'distinct capabilities; a shared one only with a planned, evaluating or retiring tool',
      files: {
        'tools/tools.yaml': yaml`
          kind: Tool
          id: ma
          name: MA
          category: marketing-automation
          capabilities: [email-nurturing, lead-scoring, lead-scoring]
          ---
          kind: Tool
          id: crm
          name: CRM
          category: crm
          status: active
          capabilities: [opportunity-management]
          ---
          kind: Tool
          id: new-ma
          name: New MA
          category: marketing-automation
          status: evaluating
          capabilities: [email-nurturing, lead-scoring]
          ---
          kind: Tool
          id: old-email
          name: Old email
          category: email
          status: retiring
          capabilities: [email-nurturing]
        `,
      },
    },
  ],
  invalid: [
    {
      name: 'two active tools share two capabilities: one finding at the second tool\'s first shared capability, related to the first',
      files: {
        'tools/tools.yaml': yaml`
          kind: Tool
          id: ma
          name: MA
          category: marketing-automation
          capabilities:
            - email-nurturing
            - web-forms
          ---
          kind: Tool
          id: email
          name: Email
          category: email
          capabilities:
            - templates
            - Web-Forms
            - email-nurturing
        `,
      },
      errors: [
        {
          messageId: 'overlap',
          file: 'tools/tools.yaml',
          line: 15,
          column: 5,
          data: { id: 'email', other: 'ma', capabilities: '`Web-Forms`, `email-nurturing`' },
          entity: 'email',
        },
      ],
    },
    {
      name: 'three tools with one capability: one finding per later tool, each naming the first holder, across files',
      files: {
        'tools/a.yaml': yaml`
          kind: Tool
          id: a
          name: A
          category: social
          capabilities: [social-publishing]
        `,
        'tools/b.yaml': yaml`
          kind: Tool
          id: b
          name: B
          category: social
          capabilities: [social-publishing]
          ---
          kind: Tool
          id: c
          name: C
          category: social
          capabilities: [social-publishing]
        `,
      },
      errors: [
        { messageId: 'overlap', file: 'tools/b.yaml', line: 5, data: { id: 'b', other: 'a' } },
        { messageId: 'overlap', file: 'tools/b.yaml', line: 11, data: { id: 'c', other: 'a' } },
      ],
    },
    {
      name: 'names that differ only in width, case, or hyphen against space are one capability',
      files: {
        'tools/tools.yaml': yaml`
          kind: Tool
          id: ma
          name: MA
          category: marketing-automation
          capabilities: [Lead scoring, ＬＩＮＥ配信]
          ---
          kind: Tool
          id: crm
          name: CRM
          category: crm
          capabilities:
            - lead-scoring # expect: tool-capability-overlap
          ---
          kind: Tool
          id: line
          name: LINE
          category: scrm
          capabilities:
            - line配信 # expect: tool-capability-overlap
          ---
          kind: Tool
          id: scoring
          name: Scoring
          category: other
          capabilities:
            - ＬＥＡＤ＿ＳＣＯＲＩＮＧ # expect: tool-capability-overlap
        `,
      },
    },
  ],
});

describe('tool-capability-overlap', () => {
  const tool = (id: string, capabilities: string[]): string => `kind: Tool\nid: ${id}\nname: ${id}\ncategory: other\ncapabilities: [${capabilities.join(', ')}]\n`;

  it('reports one finding per tool that repeats a capability, not one per pair of tools', async () => {
    const tools = Array.from({ length: 31 }, (_, i) => tool(`t${i}`, ['reporting', `own-${i}`])).join('---\n');
    const found = await runRule(rule, { 'tools/tools.yaml': tools });
    expect(found).toHaveLength(30);
    expect(new Set(found.map((d) => d.entity))).toEqual(new Set(Array.from({ length: 30 }, (_, i) => `t${i + 1}`)));
    for (const d of found) {
      expect(d.data).toMatchObject({ other: 't0', capabilities: '`reporting`' });
      expect(d.related).toMatchObject([{ line: 5, messageId: 'overlapOther', data: { capability: 'reporting', id: 't0' } }]);
    }
  });

  it('a tool sharing capabilities with two earlier tools gets one finding for each', async () => {
    const tools = [tool('ma', ['email-nurturing']), tool('cms', ['landing-pages']), tool('suite', ['landing-pages', 'email-nurturing', 'web-forms'])];
    const found = await runRule(rule, { 'tools/tools.yaml': tools.join('---\n') });
    expect(found.map((d) => [d.entity, d.data.other, d.data.capabilities])).toEqual([
      ['suite', 'cms', '`landing-pages`'],
      ['suite', 'ma', '`email-nurturing`'],
    ]);
  });

  it('names the first tool as the related location', async () => {
    const result = await check(
      {
        'tools/tools.yaml': yaml`
          kind: Tool
          id: ma
          name: MA
          category: marketing-automation
          capabilities: [sms, email-nurturing]
          ---
          kind: Tool
          id: email
          name: Email
          category: email
          capabilities: [email-nurturing]
        `,
      },
      { lint: true, rules: { 'tool-capability-overlap': 'info' } },
    );
    const found = result.diagnostics.filter((d) => d.rule === 'tool-capability-overlap');
    expect(found).toHaveLength(1);
    expect(found[0]!.related).toMatchObject([
      { file: 'tools/tools.yaml', line: 5, column: 21, messageId: 'overlapOther', data: { capability: 'email-nurturing', id: 'ma' } },
    ]);
  });

  it('does not crash when capabilities is not a list of text', async () => {
    const result = await check(
      {
        'tools/tools.yaml': yaml`
          kind: Tool
          id: ma
          name: MA
          category: marketing-automation
          capabilities: email-nurturing
          ---
          kind: Tool
          id: email
          name: Email
          category: email
          capabilities: [1, null, { a: b }, email-nurturing]
        `,
      },
      { lint: true, rules: { 'tool-capability-overlap': 'info' } },
    );
    expect(result.diagnostics.filter((d) => d.rule === 'rule-crashed')).toEqual([]);
    expect(result.diagnostics.filter((d) => d.rule === 'tool-capability-overlap').map((d) => d.line)).toEqual([11]);
  });
});
