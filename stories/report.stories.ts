import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { commonArgs, commonArgTypes, type CommonArgs } from './common-args.js';
import { html, nothing } from 'lit';
import '../src/report/ally-report.js';

interface ReportArgs extends CommonArgs {
  number: string;
  sms: string;
  org: string;
}

const meta: Meta<ReportArgs> = {
  title: 'Widgets/Report',
  component: 'ally-report',
  args: {
    number: '1-844-363-1423',
    sms: '',
    org: '',
    ...commonArgs,
  },
  argTypes: {
    number: { control: 'text', description: 'The rapid-response line to call: US, +international, or short code' },
    sms: { control: 'text', description: 'Number or short code to text the report to; empty: no Text it' },
    org: { control: 'text', description: 'Who answers the line' },
    ...commonArgTypes,
  },
  render: (a) => html`<ally-report
    number=${a.number || nothing}
    sms=${a.sms || nothing}
    org=${a.org || nothing}
    lang=${a.lang || nothing}
    languages=${a.languages || nothing}
    theme=${a.theme}
    accent=${a.accent || nothing}
    heading-level=${a['heading-level']}
  ></ally-report>`,
};
export default meta;
type Story = StoryObj<ReportArgs>;

export const Default: Story = {};
export const WithTextLine: Story = { args: { sms: '877877', org: 'United We Dream' } };
export const PartnerLine: Story = { args: { number: '(616) 555-0142', sms: '(616) 555-0142', org: 'GR Rapid Response to ICE' } };
export const Spanish: Story = { args: { lang: 'es', sms: '877877', org: 'United We Dream' } };
export const Arabic: Story = { args: { lang: 'ar', sms: '877877' } };
export const Dark: Story = { args: { theme: 'dark', sms: '877877' }, parameters: { backgrounds: { default: 'dark' } } };
export const InvalidNumbers: Story = {
  args: { number: 'call us', sms: 'text us' },
  parameters: { docs: { description: { story: 'Invalid numbers show a notice, no link, and a console error naming the attribute. Copy still works.' } } },
};
