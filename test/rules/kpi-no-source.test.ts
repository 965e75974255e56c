import rule from '../../src/rules/kpi-no-source.js';
import { yaml } from '../helpers/plan.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'a KPI whose number comes from a tool',
      files: {
        'tools/t.yaml': yaml`
          kind: Tool
          id: shopify
          name: Shopify
          category: ecommerce
        `,
        'kpis/k.yaml': yaml`
          kind: KPI
          id: repeat-rate
          name: Repeat rate
          source: shopify
        `,
      },
    },
  ],
  invalid: [
    {
      name: 'a KPI with no source is reported at its id',
      files: {
        'kpis/k.yaml': yaml`
          kind: KPI
          id: repeat-rate
          name: Repeat rate
        `,
      },
      errors: [{ messageId: 'noSource', file: 'kpis/k.yaml', line: 2, column: 5, data: { id: 'repeat-rate' } }],
    },
  ],
});
