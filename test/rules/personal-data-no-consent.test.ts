import { expect, it } from 'vitest';
import rule from '../../src/rules/personal-data-no-consent.js';
import { check, yaml } from '../helpers/plan.js';
import { ruleTester } from '../helpers/rule-tester.js';

const tools = yaml`
  kind: Tool
  id: analytics
  name: Analytics
  category: analytics
  handles_personal_data: false
  ---
  kind: Tool
  id: crm
  name: CRM
  category: crm
  handles_personal_data: true
`;

ruleTester(rule, {
  valid: [
    {
      name: 'personal data with a consent basis',
      files: {
        'tools/t.yaml': tools,
        'initiatives/i.yaml': yaml`
          kind: Initiative
          id: welcome-mail
          name: Welcome mail
          tools: [crm]
          consent: Opt-in on the sign-up form; unsubscribe link in every mail.
        `,
      },
    },
    {
      name: 'automation on channels that reach no one personally, or with consent or uses_personal_data: false',
      files: {
        'initiatives/i.yaml': yaml`
          kind: Initiative
          id: banners
          name: Banners
          automation:
            - { at: -7d, channel: web banner, message: Save the date }
            - { at: -1d, channel: social post, message: Tomorrow }
          ---
          kind: Initiative
          id: reminders
          name: Reminders
          consent: Opt-in when registering for the event.
          automation:
            - { at: -1d, channel: email, message: See you tomorrow }
          ---
          kind: Initiative
          id: anonymous
          name: Anonymous
          uses_personal_data: false
          automation:
            - { at: -1d, channel: push, message: Tomorrow }
        `,
      },
    },
    {
      name: 'an explicit uses_personal_data: false wins over the tool',
      files: {
        'tools/t.yaml': tools,
        'initiatives/i.yaml': 'kind: Initiative\nid: i\nname: I\ntools: [crm]\nuses_personal_data: false\n',
      },
    },
    {
      name: 'only tools that handle no personal data',
      files: { 'tools/t.yaml': tools, 'initiatives/i.yaml': 'kind: Initiative\nid: i\nname: I\ntools: [analytics]\n' },
    },
  ],
  invalid: [
    {
      name: 'automated e-mail, SMS or LINE messages use personal data even with no tools listed',
      files: {
        'initiatives/i.yaml': yaml`
          kind: Initiative
          id: event-reminders
          name: Event reminders
          automation:
            - { at: -7d, channel: web banner, message: Save the date }
            - { at: -1d, channel: Email, message: See you tomorrow, audience: registrants } # expect: personal-data-no-consent
          ---
          kind: Initiative
          id: line-follow-up
          name: LINE follow-up
          automation:
            - { at: +1d, channel: ＬＩＮＥ, message: お礼 } # expect: personal-data-no-consent
          ---
          kind: Initiative
          id: sms
          name: SMS
          automation:
            - { at: -1h, channel: SMS, message: Starting soon } # expect: personal-data-no-consent
        `,
      },
    },
    {
      name: 'explicit personal data with no consent: reported at uses_personal_data',
      files: {
        'initiatives/i.yaml': yaml`
          kind: Initiative
          id: welcome-mail
          name: Welcome mail
          uses_personal_data: true
        `,
      },
      errors: [{ messageId: 'explicitNoConsent', file: 'initiatives/i.yaml', line: 4, column: 21, data: { id: 'welcome-mail' }, entity: 'welcome-mail' }],
    },
    {
      name: 'through a tool: reported at the tool in the list',
      files: {
        'tools/t.yaml': tools,
        'initiatives/i.yaml': yaml`
          kind: Initiative
          id: welcome-mail
          name: Welcome mail
          tools:
            - analytics
            - crm
          consent: "  "
        `,
      },
      errors: [{ messageId: 'toolNoConsent', file: 'initiatives/i.yaml', line: 6, column: 5, data: { id: 'welcome-mail', tool: 'crm' } }],
    },
  ],
});

it('personal-data-no-consent names the tool\'s handles_personal_data as related', async () => {
  const r = await check({ 'tools/t.yaml': tools, 'initiatives/i.yaml': 'kind: Initiative\nid: i\nname: I\ntools: [crm]\n' }, { lint: true });
  const found = r.diagnostics.filter((d) => d.rule === rule.meta.id);
  expect(found.map((d) => [d.messageId, d.line])).toEqual([['toolNoConsent', 4]]);
  expect(found[0]!.related).toMatchObject([{ file: 'tools/t.yaml', line: 11, messageId: 'toolHandles', data: { tool: 'crm' } }]);
});

it('personal-data-no-consent does not crash on fields of the wrong type', async () => {
  const r = await check(
    { 'tools/t.yaml': tools, 'initiatives/i.yaml': 'kind: Initiative\nid: i\nname: I\ntools: { crm: 1 }\nuses_personal_data: "yes"\nconsent: 3\n' },
    { lint: true },
  );
  expect(r.diagnostics.filter((d) => d.rule === 'rule-crashed')).toEqual([]);
  expect(r.diagnostics.filter((d) => d.rule === rule.meta.id)).toEqual([]);
});
