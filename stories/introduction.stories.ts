import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { css, html, LitElement } from 'lit';

/** Where each widget's first story is, for the links below (opens in the Storybook window, not the preview frame). */
const story = (id: string) => `./?path=/story/${id}`;

const WIDGETS = [
  {
    tag: 'ally-hotline',
    name: 'Hotline button',
    id: 'widgets-hotline--button',
    what: 'Your rapid-response number, one tap to call on a phone; copy, QR code and "save to contacts" on a computer. Also a banner, or a button floating in a corner.',
    snippet: '<ally-hotline number="616-555-0142" org="GR Rapid Response"></ally-hotline>',
  },
  {
    tag: 'ally-rights-card',
    name: 'Know-your-rights card',
    id: 'widgets-rights-card--your-side',
    what: 'The "red card": what to do and say, in the visitor\u2019s language; an English statement to show an officer full screen; printable wallet cards.',
    snippet: '<ally-rights-card hotline="616-555-0142"></ally-rights-card>',
  },
  {
    tag: 'ally-five-ds',
    name: 'The 5 D\u2019s of bystander intervention',
    id: 'widgets-five-ds--accordion',
    what: 'Distract, Delegate, Document, Delay, Direct: what a bystander can do safely when someone is targeted for their immigration status.',
    snippet: '<ally-five-ds hotline="616-555-0142"></ally-five-ds>',
  },
  {
    tag: 'ally-group-finder',
    name: 'Find local groups',
    id: 'widgets-group-finder--demo-csv',
    what: 'A searchable directory of groups (by words or ZIP code) from your own spreadsheet, or the bundled national organisations.',
    snippet: '<ally-group-finder src="https://…/pub?output=csv"></ally-group-finder>',
  },
];

/** The introduction page: plain text and links, styled in its own shadow root. */
class AllyStorybookIntro extends LitElement {
  static override styles = css`
    :host {
      display: block;
      max-width: 46rem;
      font: 16px/1.5 system-ui, sans-serif;
      color: #1a1c20;
    }
    h1 {
      font-size: 1.75rem;
      margin: 0 0 0.5rem;
    }
    h2 {
      font-size: 1.2rem;
      margin: 1.5rem 0 0.25rem;
    }
    code,
    pre {
      font: 0.9em/1.4 ui-monospace, monospace;
      background: #f4f5f7;
      border-radius: 0.25rem;
    }
    pre {
      padding: 0.5rem 0.75rem;
      overflow-x: auto;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
    a {
      color: #1d4ed8;
    }
    li + li {
      margin-top: 0.25rem;
    }
  `;

  override render() {
    return html`<main>
      <h1>Ally Widgets</h1>
      <p>
        Small, private, accessible web components for immigrant-rights groups, congregations and ally networks. A partner pastes one
        <code>&lt;script&gt;</code> tag and one element into their page: no build step, no account, no tracking. Every widget speaks twelve
        languages, works on a 320&nbsp;px phone and with a keyboard or screen reader, and never sends anything anywhere.
      </p>

      <h2>The widgets</h2>
      ${WIDGETS.map(
        (w) => html`<section aria-labelledby=${w.tag}>
          <h3 id=${w.tag}><a href=${story(w.id)} target="_top">${w.name}</a> — <code>&lt;${w.tag}&gt;</code></h3>
          <p>${w.what}</p>
          <pre><code>${w.snippet}</code></pre>
        </section>`,
      )}

      <h2>Using this Storybook</h2>
      <ul>
        <li>Pick a widget in the sidebar; each story is one variant (layout, theme, language, a bad attribute value).</li>
        <li><strong>Controls</strong> (panel below the preview) changes the attributes live: type your own hotline number or sheet URL.</li>
        <li>The <strong>language</strong> menu in the toolbar switches every widget, as a visitor's choice switches every widget on a page.</li>
        <li><strong>Accessibility</strong> runs axe on the story shown; every story is expected to have no violations.</li>
      </ul>

      <h2>On a real page</h2>
      <p>
        Every snippet needs the script once per page,
        <code>&lt;script type="module" src="https://YOUR-SITE/ally-widgets/dist/ally-widgets.js"&gt;&lt;/script&gt;</code>, and the page must
        be served over http(s), not opened as a file. The README has each widget's attributes, the iframe fallback for site builders that
        strip scripts, and guides for WordPress, Squarespace, Wix and Google Sites.
      </p>
    </main>`;
  }
}
if (!customElements.get('ally-storybook-intro')) customElements.define('ally-storybook-intro', AllyStorybookIntro);

const meta: Meta = {
  title: 'Introduction',
  parameters: { controls: { disable: true }, actions: { disable: true }, layout: 'padded' },
};
export default meta;

export const Welcome: StoryObj = {
  render: () => html`<ally-storybook-intro></ally-storybook-intro>`,
};
