import rule from '../../src/rules/initiative-no-kpi.js';
import { yaml } from '../helpers/plan.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule, {
  valid: [
    {
      name: 'an initiative that lists a KPI',
      files: {
        'kpis/k.yaml': 'kind: KPI\nid: repeat-rate\nname: Repeat rate\n',
        'initiatives/i.yaml': yaml`
          kind: Initiative
          id: welcome-mail
          name: Welcome mail
          kpis: [repeat-rate]
        `,
      },
    },
  ],
  invalid: [
    {
      name: 'an initiative with no KPI is reported at its id',
      files: {
        'initiatives/i.yaml': yaml`
          kind: Initiative
          id: welcome-mail
          name: Welcome mail
        `,
      },
      errors: [{ messageId: 'noKpi', file: 'initiatives/i.yaml', line: 2, column: 5, data: { id: 'welcome-mail' }, entity: 'welcome-mail' }],
    },
    {
      name: 'an empty kpis list counts as none',
      files: {
        'initiatives/i.yaml': yaml`
          kind: Initiative
          id: welcome-mail # expect: initiative-no-kpi
          name: Welcome mail
          kpis: []
        `,
      },
    },
  ],
});
