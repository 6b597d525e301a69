import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { commonArgs, commonArgTypes, type CommonArgs } from './common-args.js';
import { html, nothing } from 'lit';
import '../src/hotline/ally-hotline.js';

interface HotlineArgs extends CommonArgs {
  number: string;
  sms: string;
  'sms-body': string;
  label: string;
  org: string;
  hours: string;
  variant: 'button' | 'banner' | 'floating';
  position: 'bottom-right' | 'bottom-left';
  collapsed: boolean;
}

const meta: Meta<HotlineArgs> = {
  title: 'Widgets/Hotline',
  component: 'ally-hotline',
  args: {
    number: '1-844-363-1423',
    sms: '',
    'sms-body': '',
    label: '',
    org: '',
    hours: '',
    variant: 'button',
    position: 'bottom-right',
    collapsed: false,
    ...commonArgs,
  },
  argTypes: {
    number: { control: 'text', description: 'Hotline number: US, +international, or short code' },
    sms: { control: 'text', description: 'Number or short code to text' },
    'sms-body': { control: 'text' },
    label: { control: 'text', description: 'Call button text' },
    org: { control: 'text', description: 'Who answers' },
    hours: { control: 'text' },
    variant: { control: 'inline-radio', options: ['button', 'banner', 'floating'] },
    position: { control: 'inline-radio', options: ['bottom-right', 'bottom-left'] },
    collapsed: { control: 'boolean', description: 'floating only: start minimised to the one-line bar' },
    ...commonArgTypes,
  },
  render: (a) => html`<ally-hotline
    number=${a.number || nothing}
    sms=${a.sms || nothing}
    sms-body=${a['sms-body'] || nothing}
    label=${a.label || nothing}
    org=${a.org || nothing}
    hours=${a.hours || nothing}
    variant=${a.variant}
    position=${a.position}
    ?collapsed=${a.collapsed}
    lang=${a.lang || nothing}
    languages=${a.languages || nothing}
    theme=${a.theme}
    accent=${a.accent || nothing}
    heading-level=${a['heading-level']}
  ></ally-hotline>`,
};
export default meta;
type Story = StoryObj<HotlineArgs>;

export const Button: Story = {};
export const Banner: Story = { args: { variant: 'banner', org: 'Grand Rapids Rapid Response to ICE', hours: '24 hours, 7 days' } };
export const Floating: Story = { args: { variant: 'floating' }, parameters: { layout: 'fullscreen' } };
export const FloatingCollapsedLeft: Story = { args: { variant: 'floating', position: 'bottom-left', collapsed: true } };
export const WithTextLine: Story = { args: { sms: '877877', 'sms-body': 'ICE activity near me', org: 'United We Dream' } };
export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { default: 'dark' } } };
export const CustomAccent: Story = { args: { accent: '#7a1f5c', label: 'Llamar / Call' } };
export const InvalidNumber: Story = {
  args: { number: 'call us' },
  parameters: { docs: { description: { story: 'An invalid number shows a notice, no link, and a console error naming the attribute.' } } },
};
