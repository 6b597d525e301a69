/// <reference types="vite/client" />
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { commonArgs, commonArgTypes, type CommonArgs } from './common-args.js';
import { html, nothing } from 'lit';
import '../src/group-finder/ally-group-finder.js';
import { AllyGroupFinder } from '../src/group-finder/group-finder.component.js';
import { groupsCsv } from '../test/group-finder/generate-groups.mjs';
/** The demo CSV, served as a file by Storybook (staticDirs in .storybook/main.ts), as a partner's server would. */
const demoCsv = new URL('/demo/groups-demo.csv', location.href).href;

// ZIP search needs dist/ally-zip-table.bin (built by `npm run build`), served at /dist/.
AllyGroupFinder.zipTableBase = new URL('dist/', document.baseURI).href;

let bigFeed: string | undefined;
/** 10,000 made-up groups as a CSV made in the page (a blob: URL), to feel the speed. */
const tenThousand = () => (bigFeed ??= URL.createObjectURL(new Blob([groupsCsv(10_000)], { type: 'text/csv' })));

interface GroupFinderArgs extends CommonArgs {
  src: string;
  state: string;
  services: string;
  query: string;
  'suggest-url': string;
}

const meta: Meta<GroupFinderArgs> = {
  title: 'Widgets/Group finder',
  component: 'ally-group-finder',
  args: {
    src: demoCsv,
    state: '',
    services: '',
    query: '',
    'suggest-url': 'mailto:groups@example.org',
    ...commonArgs,
  },
  argTypes: {
    src: { control: 'text', description: 'URL of a JSON or CSV feed (a Google Sheet published as CSV works); empty: the bundled national list' },
    state: { control: 'text', description: 'Preset state filter, e.g. TX' },
    services: { control: 'text', description: 'Preset services, space- or comma-separated: legal rapid-response accompaniment sanctuary bail-fund mutual-aid ally-training daca-tps food education other' },
    query: { control: 'text', description: 'Preset search words or ZIP code' },
    'suggest-url': { control: 'text', description: 'Web or e-mail address for "Is your group missing?"' },
    ...commonArgTypes,
  },
  render: (a) => html`<ally-group-finder
    src=${a.src || nothing}
    state=${a.state || nothing}
    services=${a.services || nothing}
    query=${a.query || nothing}
    suggest-url=${a['suggest-url'] || nothing}
    lang=${a.lang || nothing}
    languages=${a.languages || nothing}
    theme=${a.theme}
    accent=${a.accent || nothing}
    heading-level=${a['heading-level']}
  ></ally-group-finder>`,
};
export default meta;
type Story = StoryObj<GroupFinderArgs>;

export const DemoCsv: Story = {
  parameters: { docs: { description: { story: 'demo/groups-demo.csv: local groups from ally guides. DEMO DATA: check every detail with the group before publishing.' } } },
};
export const DefaultList: Story = { args: { src: '' } };
export const TenThousandRecords: Story = { args: { src: '' }, render: (a, ctx) => meta.render!({ ...a, src: tenThousand() }, ctx) };
export const TexasLegalPreset: Story = { args: { state: 'TX', services: 'legal' } };
export const ErrorNotice: Story = {
  args: { src: '/does-not-exist.csv' },
  parameters: { docs: { description: { story: 'A feed that fails (here a 404) falls back to the national list with a short notice and one console warning.' } } },
};
export const Dark: Story = { args: { theme: 'dark' }, parameters: { backgrounds: { default: 'dark' } } };
export const Spanish: Story = { args: { lang: 'es' } };
