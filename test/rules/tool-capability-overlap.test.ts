import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/tool-capability-overlap.js';
import { check, yaml } from '../helpers/plan.js';
import { ruleTester } from '../helpers/rule-tester.js';

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
      name: 'three tools with one capability: each pair once, across files',
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
        { messageId: 'overlap', file: 'tools/b.yaml', line: 11, data: { id: 'c', other: 'b' } },
      ],
    },
  ],
});

describe('tool-capability-overlap', () => {
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
