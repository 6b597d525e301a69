/**
 * Every widget × variant/layout the partner-page suite (test/dist/*.test.ts)
 * runs through: the markup a partner would write, the light-DOM fallback,
 * the text that must show, and where the primary action is.
 *
 * Loaded both by the tests and, in the test pages, by test/pages/mount.js
 * (which builds the markup with createElement/setAttribute, so it also runs
 * under Trusted Types). Its only import is the widget registry.
 *
 * Adding a widget or a variant: add a case here; every scenario (hostile CSS,
 * strict CSP, privacy, double load, no-JS fallback, small screens, zoom,
 * forced colours, axe, embed.html) picks it up. test/registry.test.ts fails
 * while a registered widget has no case here.
 */
import { WIDGETS } from '../../src/widgets.mjs';


/** One light-DOM child a partner writes inside the element as a no-JavaScript fallback. */
export interface FallbackNode {
  tag: string;
  attrs?: Record<string, string>;
  text?: string;
}

export interface WidgetCase {
  /** Unique id, used in `?case=` by test/pages/mount.js. */
  id: string;
  /** A tag of the widget registry (src/widgets.mjs). */
  tag: `ally-${string}`;
  /** The `widget=` value of dist/embed.html: the widget's folder in the registry. */
  widget: string;
  /** Attributes, exactly as a partner writes them. */
  attrs: Record<string, string>;
  /**
   * The primary action, inside the shadow root: the first selector that
   * matches a rendered element wins (the list lets a widget's exact part
   * names settle without editing every scenario).
   */
  primary: string[];
  /** English text that must be visible once rendered. */
  text: string[];
  /** Light-DOM fallback children (shown until the element upgrades). */
  fallback?: FallbackNode[];
  /** Fixed to a corner (`floating`): not part of the page flow, not offered by embed.html. */
  floating?: boolean;
}

const HOTLINE_FALLBACK: FallbackNode[] = [{ tag: 'a', attrs: { href: 'tel:+16165550142' }, text: 'Call the hotline: 616-555-0142' }];
const HOTLINE = { number: '616-555-0142', org: 'GR Rapid Response', hours: '24 hours, 7 days', sms: '877877', 'sms-body': 'ICE near me' };
const FIVE_DS_FALLBACK: FallbackNode[] = [
  { tag: 'a', attrs: { href: 'https://righttobe.org/guides/bystander-intervention-training/' }, text: 'The 5 D’s of bystander intervention' },
];
const FIVE_DS_PRIMARY = ['[part~="toggle"]', 'summary', 'button[aria-expanded]', 'a[href^="tel:"]', 'button', 'a[href]', 'select'];
const RIGHTS_FALLBACK: FallbackNode[] = [{ tag: 'a', attrs: { href: 'https://www.ilrc.org/red-cards-tarjetas-rojas' }, text: 'Know your rights: red cards' }];
const RIGHTS_PRIMARY = ['[part~="flip"]', '[part~="show-officer"]', '[part~="officer"]', 'button'];
const FINDER_FALLBACK: FallbackNode[] = [{ tag: 'a', attrs: { href: 'https://unitedwedream.org/' }, text: 'Find a local immigrant-rights group' }];
const REPORT_FALLBACK: FallbackNode[] = [{ tag: 'a', attrs: { href: 'tel:+16165550142' }, text: 'See ICE activity? Call 616-555-0142' }];
const PLAN_FALLBACK: FallbackNode[] = [{ tag: 'a', attrs: { href: 'https://example.org/plan.pdf' }, text: 'Make a family response plan (PDF)' }];
const WAYS_FALLBACK: FallbackNode[] = [{ tag: 'a', attrs: { href: 'https://example.org/volunteer' }, text: 'Volunteer with us' }];
const WAYS_LINKS = { 'volunteer-url': 'https://example.org/volunteer', 'donate-url': 'https://example.org/donate' };
const WAYS_PRIMARY = ['[part~="toggle"]', '[part~="link"]', 'a[href]', 'button'];
const FINDER_PRIMARY = ['[part~="search"] input', 'input[type="search"]', '[part~="search"]', 'input', 'button'];

export const CASES: readonly WidgetCase[] = [
  // <ally-hotline>
  { id: 'hotline-default', tag: 'ally-hotline', widget: 'hotline', attrs: {}, primary: ['[part~="call"]'], text: ['1-844-363-1423', 'United We Dream'], fallback: [{ tag: 'a', attrs: { href: 'tel:+18443631423' }, text: 'Call 1-844-363-1423' }] },
  { id: 'hotline-button', tag: 'ally-hotline', widget: 'hotline', attrs: { ...HOTLINE, variant: 'button' }, primary: ['[part~="call"]'], text: ['616-555-0142', 'GR Rapid Response', '877877'], fallback: HOTLINE_FALLBACK },
  { id: 'hotline-banner', tag: 'ally-hotline', widget: 'hotline', attrs: { ...HOTLINE, variant: 'banner' }, primary: ['[part~="call"]'], text: ['616-555-0142', 'GR Rapid Response'], fallback: HOTLINE_FALLBACK },
  { id: 'hotline-dark', tag: 'ally-hotline', widget: 'hotline', attrs: { number: '616-555-0142', theme: 'dark', accent: '#fbbf24', 'heading-level': '3' }, primary: ['[part~="call"]'], text: ['616-555-0142'], fallback: HOTLINE_FALLBACK },
  { id: 'hotline-floating', tag: 'ally-hotline', widget: 'hotline', attrs: { ...HOTLINE, variant: 'floating', position: 'bottom-left' }, primary: ['[part~="call"]'], text: ['616-555-0142'], fallback: HOTLINE_FALLBACK, floating: true },
  { id: 'hotline-floating-collapsed', tag: 'ally-hotline', widget: 'hotline', attrs: { number: '616-555-0142', variant: 'floating', collapsed: '' }, primary: ['[part~="collapse"]'], text: [], fallback: HOTLINE_FALLBACK, floating: true },

  // <ally-five-ds>
  { id: 'five-ds-accordion', tag: 'ally-five-ds', widget: 'five-ds', attrs: { hotline: '616-555-0142' }, primary: FIVE_DS_PRIMARY, text: ['Distract', 'Delegate', 'Document', 'Delay', 'Direct', 'Right To Be'], fallback: FIVE_DS_FALLBACK },
  { id: 'five-ds-accordion-open', tag: 'ally-five-ds', widget: 'five-ds', attrs: { layout: 'accordion', open: 'all', hotline: '616-555-0142' }, primary: FIVE_DS_PRIMARY, text: ['Distract', 'Delegate', 'Document', 'Delay', 'Direct'], fallback: FIVE_DS_FALLBACK },
  { id: 'five-ds-cards', tag: 'ally-five-ds', widget: 'five-ds', attrs: { layout: 'cards', hotline: '616-555-0142' }, primary: FIVE_DS_PRIMARY, text: ['Distract', 'Delegate', 'Document', 'Delay', 'Direct'], fallback: FIVE_DS_FALLBACK },
  { id: 'five-ds-list', tag: 'ally-five-ds', widget: 'five-ds', attrs: { layout: 'list', hotline: '616-555-0142' }, primary: FIVE_DS_PRIMARY, text: ['Distract', 'Delegate', 'Document', 'Delay', 'Direct'], fallback: FIVE_DS_FALLBACK },

  // <ally-rights-card>
  { id: 'rights-card-you', tag: 'ally-rights-card', widget: 'rights-card', attrs: { side: 'you', hotline: '616-555-0142', 'hotline-label': 'GR Rapid Response' }, primary: RIGHTS_PRIMARY, text: ['silent', 'lawyer'], fallback: RIGHTS_FALLBACK },
  { id: 'rights-card-officer', tag: 'ally-rights-card', widget: 'rights-card', attrs: { side: 'officer' }, primary: RIGHTS_PRIMARY, text: ['lawyer'], fallback: RIGHTS_FALLBACK },

  // <ally-group-finder>: the bundled default list
  { id: 'group-finder-default', tag: 'ally-group-finder', widget: 'group-finder', attrs: {}, primary: FINDER_PRIMARY, text: [], fallback: FINDER_FALLBACK },

  // <ally-report>: United We Dream's line by default; a partner's own line with a text number
  { id: 'report-default', tag: 'ally-report', widget: 'report', attrs: {}, primary: ['[part~="call"]'], text: ['I see ICE activity', 'Are you safe?', '1-844-363-1423', 'United We Dream'], fallback: REPORT_FALLBACK },
  { id: 'report-partner', tag: 'ally-report', widget: 'report', attrs: { number: '616-555-0142', sms: '877877', org: 'GR Rapid Response' }, primary: ['[part~="sms"]'], text: ['616-555-0142', '877877', 'GR Rapid Response'], fallback: REPORT_FALLBACK },
  { id: 'report-dark', tag: 'ally-report', widget: 'report', attrs: { number: '616-555-0142', theme: 'dark', accent: '#fbbf24', 'heading-level': '3' }, primary: ['[part~="call"]'], text: ['616-555-0142'], fallback: REPORT_FALLBACK },
  // <ally-response-plan>: bare, and with a partner's line and legal organisation preset
  { id: 'response-plan-default', tag: 'ally-response-plan', widget: 'response-plan', attrs: {}, primary: ['[part~="nav"] .primary', 'input'], text: ['Family response plan', 'About me', 'Nothing you type here is kept or sent'], fallback: PLAN_FALLBACK },
  { id: 'response-plan-partner', tag: 'ally-response-plan', widget: 'response-plan', attrs: { hotline: '616-555-0142', 'hotline-label': 'GR Rapid Response', 'legal-name': 'Justice Center', 'legal-phone': '616-555-0199', theme: 'dark', 'heading-level': '3' }, primary: ['[part~="nav"] .primary', 'input'], text: ['Family response plan', 'Step 1 of 5'], fallback: PLAN_FALLBACK },

  // <ally-ways-to-help>: each layout, with the partner's own links
  { id: 'ways-to-help-list', tag: 'ally-ways-to-help', widget: 'ways-to-help', attrs: { ...WAYS_LINKS }, primary: WAYS_PRIMARY, text: ['Listen first', 'Legal support', 'Volunteer and donate', 'Sign up to volunteer', 'Donate'], fallback: WAYS_FALLBACK },
  { id: 'ways-to-help-cards', tag: 'ally-ways-to-help', widget: 'ways-to-help', attrs: { ...WAYS_LINKS, layout: 'cards', topics: 'listen volunteer advocate' }, primary: WAYS_PRIMARY, text: ['Listen first', 'Volunteer and donate', 'Join and advocate'], fallback: WAYS_FALLBACK },
  { id: 'ways-to-help-accordion', tag: 'ally-ways-to-help', widget: 'ways-to-help', attrs: { ...WAYS_LINKS, layout: 'accordion', open: 'listen', 'accompany-url': 'https://example.org/accompany', contact: 'help@example.org' }, primary: WAYS_PRIMARY, text: ['Listen first', 'Legal support', 'Know-your-rights training', 'Talk to us'], fallback: WAYS_FALLBACK },
];

/** The cases named in a `?case=` value: ids separated by commas, a tag (`ally-hotline`), or `all`. */
export function casesFor(selector: string | null | undefined): WidgetCase[] {
  if (!selector || selector === 'none') return [];
  if (selector === 'all') return [...CASES];
  const wanted = selector.split(',').map((s) => s.trim());
  return CASES.filter((c) => wanted.includes(c.id) || wanted.includes(c.tag));
}

/** Every registered tag, in registry order. */
export const TAGS: readonly string[] = WIDGETS.map((w) => w.tag);

/** The `embed.html` query string for a case (attributes as query parameters). */
export function embedQuery(c: WidgetCase, lang?: string): string {
  const params = new URLSearchParams({ widget: c.widget, ...c.attrs });
  if (lang) params.set('lang', lang);
  return params.toString();
}
