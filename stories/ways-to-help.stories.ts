import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { commonArgs, commonArgTypes, type CommonArgs } from './common-args.js';
import { html, nothing } from 'lit';
import '../src/ways-to-help/ally-ways-to-help.js';

interface WaysToHelpArgs extends CommonArgs {
  layout: 'list' | 'cards' | 'accordion';
  topics: string;
  open: string;
  'volunteer-url': string;
  'donate-url': string;
  'accompany-url': string;
  'training-url': string;
  'events-url': string;
  contact: string;
  /** Not an attribute: the partner's own action in Legal support (slot="legal"). */
  legalSlot: string;
}

const meta: Meta<WaysToHelpArgs> = {
  title: 'Widgets/Ways to help',
  component: 'ally-ways-to-help',
  args: {
    layout: 'list',
    topics: '',
    open: '',
    'volunteer-url': '',
    'donate-url': '',
    'accompany-url': '',
    'training-url': '',
    'events-url': '',
    contact: '',
    ...commonArgs,
    legalSlot: '',
  },
  argTypes: {
    layout: { control: 'inline-radio', options: ['list', 'cards', 'accordion'] },
    topics: { control: 'text', description: 'Groups to show, in order: listen legal volunteer advocate training (default: all)' },
    open: { control: 'text', description: 'accordion: groups that start open (topic names, or all)' },
    'volunteer-url': { control: 'text', description: 'Your volunteer sign-up: "Sign up to volunteer" in Volunteer and donate' },
    'donate-url': { control: 'text', description: 'Your donation page: "Donate" in Volunteer and donate' },
    'accompany-url': { control: 'text', description: 'Check-in and court accompaniment sign-up, in Legal support' },
    'training-url': { control: 'text', description: 'Know-your-rights training sign-up' },
    'events-url': { control: 'text', description: 'Your events page, in Join and advocate' },
    contact: { control: 'text', description: 'E-mail or web address for "Talk to us", after the groups' },
    ...commonArgTypes,
    legalSlot: { control: 'text', name: 'slot="legal" (partner action)', description: 'Your own action in Legal support; the other groups have slots named listen, volunteer, advocate, training' },
  },
  render: (a) => html`<ally-ways-to-help
    layout=${a.layout}
    topics=${a.topics || nothing}
    open=${a.open || nothing}
    volunteer-url=${a['volunteer-url'] || nothing}
    donate-url=${a['donate-url'] || nothing}
    accompany-url=${a['accompany-url'] || nothing}
    training-url=${a['training-url'] || nothing}
    events-url=${a['events-url'] || nothing}
    contact=${a.contact || nothing}
    lang=${a.lang || nothing}
    languages=${a.languages || nothing}
    theme=${a.theme}
    accent=${a.accent || nothing}
    heading-level=${a['heading-level']}
  >
    ${a.legalSlot ? html`<div slot="legal"><h4>Our own</h4><p>${a.legalSlot}</p></div>` : nothing}
  </ally-ways-to-help>`,
};
export default meta;
type Story = StoryObj<WaysToHelpArgs>;

const LINKS = {
  'volunteer-url': 'https://example.org/volunteer',
  'donate-url': 'https://example.org/donate',
  'accompany-url': 'https://example.org/accompany',
  'training-url': 'https://example.org/know-your-rights',
  'events-url': 'https://example.org/events',
  contact: 'help@example.org',
};

export const List: Story = {};
export const Cards: Story = { args: { layout: 'cards' }, parameters: { layout: 'fullscreen' } };
export const Accordion: Story = { args: { layout: 'accordion', open: 'listen' } };
export const WithPartnerLinks: Story = {
  args: { ...LINKS },
  parameters: { docs: { description: { story: 'Each link attribute adds a call to action to its group; `contact` adds "Talk to us" after the groups. Opening one emits `ally-action` (`{ topic, via }`).' } } },
};
export const ChosenTopics: Story = { args: { topics: 'volunteer legal', 'volunteer-url': LINKS['volunteer-url'], 'donate-url': LINKS['donate-url'] } };
export const WithPartnerSlot: Story = {
  args: { topics: 'legal', legalSlot: 'Our clinic helps with DACA renewals every Tuesday at 6 pm, in English and Spanish.', 'accompany-url': LINKS['accompany-url'] },
};
export const Dark: Story = { args: { theme: 'dark', layout: 'accordion', open: 'all', ...LINKS }, parameters: { backgrounds: { default: 'dark' } } };
export const Arabic: Story = { args: { lang: 'ar', layout: 'cards', ...LINKS }, parameters: { layout: 'fullscreen' } };
export const InvalidLinks: Story = {
  args: { 'volunteer-url': 'javascript:alert(1)', contact: 'call us' },
  parameters: { docs: { description: { story: 'A link that is not http(s) (or, for `contact`, an e-mail address) is left out, with a console warning naming the attribute.' } } },
};
