import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { commonArgs, commonArgTypes, type CommonArgs } from './common-args.js';
import { html, nothing } from 'lit';
import '../src/five-ds/ally-five-ds.js';

interface FiveDsArgs extends CommonArgs {
  layout: 'accordion' | 'cards' | 'list';
  open: string;
  hotline: string;
  lang: string;
  languages: string;
  theme: 'light' | 'dark' | 'auto';
  accent: string;
  'heading-level': number;
  /** Not an attribute: the partner's own line under Delegate (slot="delegate"). */
  delegateSlot: string;
}

const meta: Meta<FiveDsArgs> = {
  title: 'Widgets/Five Ds',
  component: 'ally-five-ds',
  args: {
    layout: 'accordion',
    open: '',
    hotline: '',
    ...commonArgs,
    delegateSlot: '',
  },
  argTypes: {
    layout: { control: 'inline-radio', options: ['accordion', 'cards', 'list'] },
    open: {
      control: 'select',
      options: ['', 'distract', 'delegate', 'document', 'delay', 'direct', 'all'],
      description: 'accordion: which D starts open (or several, space-separated)',
    },
    hotline: { control: 'text', description: 'Rapid-response hotline number: Delegate offers a call link' },
    ...commonArgTypes,
    delegateSlot: { control: 'text', name: 'slot="delegate" (partner text)', description: 'Partner lines under Delegate; the other Ds have slots named distract, document, delay, direct' },
  },
  render: (a) => html`<ally-five-ds
    layout=${a.layout}
    open=${a.open || nothing}
    hotline=${a.hotline || nothing}
    lang=${a.lang || nothing}
    languages=${a.languages || nothing}
    theme=${a.theme}
    accent=${a.accent || nothing}
    heading-level=${a['heading-level']}
  >
    ${a.delegateSlot ? html`<p slot="delegate">${a.delegateSlot}</p>` : nothing}
  </ally-five-ds>`,
};
export default meta;
type Story = StoryObj<FiveDsArgs>;

export const Accordion: Story = {};
export const Cards: Story = { args: { layout: 'cards' }, parameters: { layout: 'fullscreen' } };
export const List: Story = { args: { layout: 'list' } };
export const OpenDelegate: Story = { args: { open: 'delegate' } };
export const OpenDocument: Story = { args: { open: 'document' } };
export const OpenAll: Story = { args: { open: 'all' } };
export const WithHotline: Story = {
  args: { open: 'delegate', hotline: '(616) 555-0142' },
  parameters: { docs: { description: { story: 'With `hotline`, Delegate offers a one-tap call link (`tel:`) to the partner’s rapid-response line.' } } },
};
export const WithPartnerSlot: Story = {
  args: { open: 'delegate', hotline: '1-844-363-1423', delegateSlot: 'Our volunteers answer in English, Spanish and K’iche’, day and night.' },
};
export const Dark: Story = { args: { theme: 'dark', open: 'direct' }, parameters: { backgrounds: { default: 'dark' } } };
export const CustomAccent: Story = { args: { layout: 'cards', accent: '#7a1f5c' }, parameters: { layout: 'fullscreen' } };
export const Spanish: Story = { args: { lang: 'es', open: 'delay' } };
export const InvalidHotline: Story = {
  args: { open: 'delegate', hotline: 'call us' },
  parameters: { docs: { description: { story: 'An invalid hotline shows a notice in Delegate, no link, and a console error naming the attribute.' } } },
};
