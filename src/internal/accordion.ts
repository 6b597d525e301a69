import { html, nothing, type TemplateResult } from 'lit';
import { heading } from './heading.js';
import { chevronIcon } from './icons.js';

/**
 * The accordion every widget with collapsible sections uses (the WAI-ARIA
 * accordion pattern): each section's title is a real `<button>` inside a
 * heading, with `aria-expanded` / `aria-controls`; its panel is a labelled
 * region while open (closed, it is no empty region for screen readers), `hidden="until-found"` while closed so the browser's find-in-page
 * opens it; ↑/↓, Home and End move between the sections' buttons.
 * Styles: `accordionStyles` (./accordion.styles.ts).
 */

export interface AccordionSection {
  /** Unique in the shadow root: the panel gets `id="p-<id>"`. */
  id: string;
  /** Level of the section's heading (2–6). */
  level: number;
  /** The title's content; one element in it has the id `labelId` and names the panel. */
  label: unknown;
  labelId: string;
  /** `false`: always open, with no button (cards and list layouts). */
  collapsible: boolean;
  open: boolean;
  /** A visitor (or find-in-page, with `true`) opens or closes the section; no argument: the opposite of now. */
  onToggle: (force?: boolean) => void;
  /** What the panel holds. */
  content: unknown;
}

/** One section: its heading (`part="title"`, with `part="toggle"` button when collapsible) and its panel (`part="panel"`). */
export function accordionSection(section: AccordionSection): TemplateResult {
  const { id, collapsible } = section;
  const open = !collapsible || section.open;
  return html`${heading(
      section.level,
      collapsible
        ? html`<button part="toggle" class="toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="p-${id}" @click=${() => section.onToggle()}>
            ${section.label}${chevronIcon}
          </button>`
        : html`<span class="toggle">${section.label}</span>`,
      'title',
    )}
    <div
      part="panel"
      id="p-${id}"
      role=${collapsible && open ? 'region' : nothing}
      aria-labelledby=${collapsible && open ? section.labelId : nothing}
      hidden=${open ? nothing : 'until-found'}
      @beforematch=${() => section.onToggle(true)}
    >
      ${section.content}
    </div>`;
}

/**
 * The open sections after opening or closing `id` (`force` sets the state,
 * otherwise it flips), or `undefined` when nothing changes.
 */
export function toggleSection<T>(opened: ReadonlySet<T>, id: T, force?: boolean): Set<T> | undefined {
  const open = force ?? !opened.has(id);
  if (open === opened.has(id)) return undefined;
  const next = new Set(opened);
  if (open) next.add(id);
  else next.delete(id);
  return next;
}

/** Keydown listener for the element that holds the sections: ↑/↓ (wrapping), Home and End move between their buttons. */
export function accordionKeydown(event: KeyboardEvent): void {
  const container = event.currentTarget as Element;
  const buttons = [...container.querySelectorAll<HTMLButtonElement>('button.toggle')];
  const at = buttons.indexOf(event.target as HTMLButtonElement);
  if (at < 0) return;
  const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: buttons.length - 1 }[event.key];
  if (to == null) return;
  event.preventDefault();
  buttons[(to + buttons.length) % buttons.length].focus();
}
