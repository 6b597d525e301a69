import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { commonArgs, commonArgTypes, type CommonArgs } from './common-args.js';
import { html, nothing } from 'lit';
import '../src/rights-card/ally-rights-card.js';

interface RightsCardArgs extends CommonArgs {
  side: 'you' | 'officer';
  hotline: string;
  'hotline-label': string;
  reviewed: string;
}

const meta: Meta<RightsCardArgs> = {
  title: 'Widgets/Rights card',
  component: 'ally-rights-card',
  args: {
    side: 'you',
    hotline: '',
    'hotline-label': '',
    reviewed: '',
    ...commonArgs,
  },
  argTypes: {
    side: { control: 'inline-radio', options: ['you', 'officer'], description: 'Side shown: the visitor’s rights, or the English statement for the officer' },
    hotline: { control: 'text', description: 'Printed and shown on the card: “If I am detained, call …”' },
    'hotline-label': { control: 'text', description: 'Who the hotline reaches (keep it short: it is printed on a wallet card)' },
    reviewed: { control: 'text', description: 'ISO date you last reviewed the content (default 2026-11-30)' },
    ...commonArgTypes,
  },
  render: (a) => html`<ally-rights-card
    side=${a.side}
    hotline=${a.hotline || nothing}
    hotline-label=${a['hotline-label'] || nothing}
    reviewed=${a.reviewed || nothing}
    lang=${a.lang || nothing}
    languages=${a.languages || nothing}
    theme=${a.theme}
    accent=${a.accent || nothing}
    heading-level=${a['heading-level']}
  ></ally-rights-card>`,
};
export default meta;
type Story = StoryObj<RightsCardArgs>;

export const YourSide: Story = {};
export const OfficerSide: Story = { args: { side: 'officer' } };
export const WithHotline: Story = {
  args: { hotline: '(616) 555-0142', 'hotline-label': 'GR Rapid Response', reviewed: '2026-11-30' },
  parameters: { docs: { description: { story: 'The hotline shows on the card as a call link and is printed on every wallet card. Try “Show to officer” and “Print wallet cards”.' } } },
};
export const Spanish: Story = {
  args: { lang: 'es', hotline: '1-844-363-1423', 'hotline-label': 'United We Dream' },
  parameters: { docs: { description: { story: 'The visitor’s side in Spanish; the officer side and the full-screen view stay in English.' } } },
};
export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { default: 'dark' } } };
export const CustomColours: Story = {
  args: { accent: '#7a1f5c' },
  render: (a) => html`<ally-rights-card accent=${a.accent} style="--ally-card-color: #7a1f5c"></ally-rights-card>`,
};
export const InvalidHotline: Story = {
  args: { hotline: 'call us' },
  parameters: { docs: { description: { story: 'An invalid hotline is left off the card (no broken link, nothing printed) and a console error names the attribute.' } } },
};
