import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { commonArgs, commonArgTypes, type CommonArgs } from './common-args.js';
import { html, nothing } from 'lit';
import '../src/response-plan/ally-response-plan.js';

interface ResponsePlanArgs extends CommonArgs {
  hotline: string;
  'hotline-label': string;
  'legal-name': string;
  'legal-phone': string;
}

const meta: Meta<ResponsePlanArgs> = {
  title: 'Widgets/Response plan',
  component: 'ally-response-plan',
  args: {
    hotline: '',
    'hotline-label': '',
    'legal-name': '',
    'legal-phone': '',
    ...commonArgs,
  },
  argTypes: {
    hotline: { control: 'text', description: 'Your rapid-response line: preset as the community organisation and printed on the wallet card' },
    'hotline-label': { control: 'text', description: 'The name for that line' },
    'legal-name': { control: 'text', description: 'A legal organisation to preset (editable)' },
    'legal-phone': { control: 'text', description: 'Its phone number' },
    ...commonArgTypes,
  },
  render: (a) => html`<ally-response-plan
    hotline=${a.hotline || nothing}
    hotline-label=${a['hotline-label'] || nothing}
    legal-name=${a['legal-name'] || nothing}
    legal-phone=${a['legal-phone'] || nothing}
    lang=${a.lang || nothing}
    languages=${a.languages || nothing}
    theme=${a.theme}
    accent=${a.accent || nothing}
    heading-level=${a['heading-level']}
  ></ally-response-plan>`,
};
export default meta;
type Story = StoryObj<ResponsePlanArgs>;

export const Default: Story = {};
export const PartnerPresets: Story = { args: { hotline: '616-555-0142', 'hotline-label': 'GR Rapid Response', 'legal-name': 'Justice Center', 'legal-phone': '616-555-0199' } };
export const Spanish: Story = { args: { lang: 'es', hotline: '616-555-0142', 'hotline-label': 'GR Rapid Response' } };
export const Arabic: Story = { args: { lang: 'ar', hotline: '616-555-0142' } };
export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { default: 'dark' } } };
