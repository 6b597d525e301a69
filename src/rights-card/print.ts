import { html, render } from 'lit';
import { msg } from '../internal/localize-runtime.js';
import type { SayLine, SAY_EN } from './rights-card.content.js';
import { printContainer, printSheet, removePrintSheet } from '../on-demand/print-sheet.js';

/**
 * Wallet-card printing, loaded on first use: the cards are built in a print container
 * (`printSheet`, its own shadow root and constructed stylesheets, allowed by a strict CSP).
 */

export interface PrintData {
  /** The visitor's language and direction, for the front. */
  lang: string;
  dir: string;
  heading: string;
  hotline?: { text: string; number: string };
  /** "Not legal advice" and the review date. */
  footer: string;
  /** The English officer statement, for the back. */
  statement: readonly string[];
  /** The words to say, in the visitor's language and in English. */
  say: Record<keyof typeof SAY_EN, SayLine>;
}

export const PRINT_ROOT_CLASS = 'ally-print-root';
/** Card pairs (front + back, side by side, fold in the middle) per page: fits A4 and US Letter. */
const ROWS = 4;

/** Condensed points for an 85.6 × 54 mm card, in the visitor's language, each with the words to say (if any). */
const shortPoints = (): [text: string, say?: keyof PrintData['say']][] => [
  [msg('Stay silent. Do not answer where you were born, your status or how you entered.', { id: 'rightsCard.print.silent' }), 'silent'],
  [msg('Do not open the door. Only a warrant signed by a judge lets agents in; ask them to pass it under the door. An ICE form I‑200 or I‑205 is not enough.', { id: 'rightsCard.print.door' })],
  [msg('If they force their way in, do not resist. Note names and badge numbers.', { id: 'rightsCard.print.force' })],
  [msg('Do not consent to a search of you, your car, your home or your things.', { id: 'rightsCard.print.search' }), 'search'],
  [msg('Do not sign anything. Ask for a lawyer.', { id: 'rightsCard.print.lawyer' }), 'lawyer'],
  [msg('Outside, ask if you are free to leave. If yes, leave calmly.', { id: 'rightsCard.print.leave' }), 'leave'],
  [msg('Never lie, show false papers or say you are a U.S. citizen.', { id: 'rightsCard.print.truth' })],
  [msg('In a car, keep your hands where police can see them. The driver shows a license, registration and proof of insurance if asked.', { id: 'rightsCard.print.car' })],
  [msg('At the border and airports agents have more power. Do not sign form I‑407 without a lawyer.', { id: 'rightsCard.print.border' })],
];

/** Builds the print container (not yet in the page): front and back of the card, `ROWS` times, with cut and fold lines. */
export function buildPrintRoot(data: PrintData): HTMLElement {
  const { root, shadow } = printContainer(PRINT_ROOT_CLASS, CARD_CSS);
  const english = data.lang === 'en';
  const say = (key: keyof PrintData['say']) => {
    const line = data.say[key];
    const en = html`<q class="en" lang="en" dir="ltr">${line.en}</q>`;
    return english ? html` ${en}` : html` <q>${line.text}</q> ${en}`;
  };
  const front = html`<div class="card front" lang=${data.lang} dir=${data.dir}>
    <h1>${data.heading}</h1>
    <p class="use">${msg('Show the English side to the agent: hand it over, hold it to a window or slide it under the door.', { id: 'rightsCard.print.use' })}</p>
    <ul>${shortPoints().map(([text, key]) => html`<li>${text}${key ? say(key) : ''}</li>`)}</ul>
    ${data.hotline
      ? html`<p class="hotline">${data.hotline.text} <b dir="ltr">${data.hotline.number}</b></p>`
      : html`<p class="hotline write-in">${msg('Lawyer / family:', { id: 'rightsCard.print.writeIn' })} <span class="line"></span></p>`}
    <p class="foot">${data.footer}</p>
  </div>`;
  const back = html`<div class="card back" lang="en" dir="ltr">
    <h1>To the officer</h1>
    ${data.statement.map((line) => html`<p>${line}</p>`)}
  </div>`;
  render(
    html`<div class="sheet" lang=${data.lang} dir=${data.dir}>
      <p class="help">${msg('Cut along the dashed lines. Fold each card on the dotted line, so the English side is on the back.', { id: 'rightsCard.print.help' })}</p>
      ${Array.from({ length: ROWS }, () => html`<div class="pair" dir="ltr">${front}${back}</div>`)}
    </div>`,
    shadow,
  );
  return root;
}

/** Prints the wallet cards and cleans up afterwards. Returns the container (for tests). */
export function printCards(data: PrintData): HTMLElement {
  const root = buildPrintRoot(data);
  printSheet(root, '10mm', fit);
  return root;
}

/**
 * The front's type starts as large as a short text allows and steps down until
 * the text fits: measured while the container is still laid out (before the
 * page rule hides it on screen, in the same task, so nothing flashes).
 */
function fit(shadow: ShadowRoot): void {
  const sheet = shadow.querySelector('.sheet')!;
  const front = shadow.querySelector<HTMLElement>('.front')!;
  for (let step = 1; step <= 5 && front.scrollHeight > front.clientHeight; step++) sheet.setAttribute('data-fit', String(step));
}

/** Removes the print container and the page rule (after printing, or before printing again). */
export const removePrintRoot = (): void => removePrintSheet(PRINT_ROOT_CLASS);

// Inside the container's shadow root: nothing from the host page applies.
const CARD_CSS = `.sheet{font:6.6pt/1.14 Arial,Helvetica,"Liberation Sans",sans-serif;color:#000;print-color-adjust:exact;-webkit-print-color-adjust:exact}
.sheet[data-fit="1"]{font-size:6.1pt}
.sheet[data-fit="2"]{font-size:5.6pt}
.sheet[data-fit="3"]{font-size:5.2pt}
.sheet[data-fit="4"]{font-size:4.9pt}
.sheet[data-fit="5"]{font-size:4.6pt}
.help{margin:0 0 4mm;font-size:9pt}
.pair{display:flex;width:171.2mm;margin-bottom:4mm;break-inside:avoid;border:.3mm dashed #555}
.card{box-sizing:border-box;width:85.6mm;height:54mm;overflow:hidden;padding:1.6mm 2.4mm;display:flex;flex-direction:column;gap:.4mm}
.front{border-inline-end:.3mm dotted #555;border-top:1.6mm solid #b3261e}
.back{border-top:1.6mm solid #000;justify-content:center;gap:1.2mm;font-size:7.8pt;line-height:1.22;font-weight:700}
h1{margin:0;font-size:7.6pt;line-height:1.1;color:#b3261e;text-transform:uppercase}
.back h1{color:#000}
ul{margin:0;padding-inline-start:2.6mm}
p{margin:0}
.use{font-weight:700}
.en{font-style:italic;quotes:"\\201C" "\\201D"}
.hotline{margin-top:auto;font-weight:700;font-size:6.4pt}
.write-in{display:flex;gap:1mm;align-items:flex-end}
.line{flex:1;border-bottom:.3mm solid #000;min-height:3.4mm}
.foot{font-size:4.8pt;color:#333}
.hotline+.foot{margin-top:0}
ul+.foot{margin-top:auto}`;
