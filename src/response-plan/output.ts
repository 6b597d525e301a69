import { html, render } from 'lit';
import { buildVCard, downloadFile } from '../hotline/vcard.js';
import { normalizePhone } from '../internal/phone.js';
import type { Plan } from './plan.js';
import { printContainer, printSheet, removePrintSheet } from '../on-demand/print-sheet.js';

/**
 * The printed plan, the wallet card and the downloaded files, loaded on first use.
 * Everything is made in the page: printing uses `printSheet` (a container with its own
 * shadow root styled by constructed stylesheets, which a strict CSP allows), files are
 * `blob:` URLs made and revoked in the page. Nothing is sent anywhere.
 */

/** Every label, in the visitor's language. */
export interface Words {
  title: string;
  steps: string[];
  me: { name: string; birth: string; country: string; anumber: string; languages: string; medical: string };
  name: string;
  relation: string;
  phone: string;
  legal: string;
  community: string;
  child: { school: string; pickup: string; pickupPhone: string; notes: string };
  docs: { passport: string; births: string; immigration: string; prescriptions: string; caregiver: string };
  locator: string;
  /** The Get ready checklist. */
  checks: string[];
  card: string;
  cut: string;
}

type Row = [label: string, value: string];
interface Section {
  title: string;
  groups: Row[][];
}

const filled = (rows: Row[]) => rows.filter(([, value]) => value.trim());

/** The plan as sections of label/value rows, empty fields left out. */
function sections(plan: Plan, w: Words): Section[] {
  const me = plan.me;
  const contacts: Row[][] = plan.contacts.map((c) => [
    [w.name, c.name],
    [w.relation, c.relation],
    [w.phone, c.phone],
  ]);
  contacts.push([[w.legal, plan.legal.name], [w.phone, plan.legal.phone]], [[w.community, plan.community.name], [w.phone, plan.community.phone]]);
  const all: Section[] = [
    { title: w.steps[0], groups: [[[w.me.name, me.name], [w.me.birth, me.birth], [w.me.country, me.country], [w.me.anumber, me.anumber], [w.me.languages, me.languages], [w.me.medical, me.medical]]] },
    { title: w.steps[1], groups: contacts },
    {
      title: w.steps[2],
      groups: plan.children.map((c) => [
        [w.name, c.name],
        [w.child.school, c.school],
        [w.child.pickup, c.pickup],
        [w.child.pickupPhone, c.pickupPhone],
        [w.child.notes, c.notes],
      ]),
    },
    { title: w.steps[3], groups: [(Object.keys(w.docs) as (keyof Words['docs'])[]).map((k): Row => [w.docs[k], plan.docs[k]])] },
  ];
  return all
    .map((s) => ({ ...s, groups: s.groups.map(filled).filter((g) => g.length) }))
    .filter((s) => s.groups.length);
}

/** The plan as plain, readable text (what Download and Share give). */
export function planText(plan: Plan, w: Words): string {
  const out = [w.title, '='.repeat(w.title.length), ''];
  for (const s of sections(plan, w)) {
    out.push(s.title, '-'.repeat(s.title.length));
    for (const group of s.groups) out.push(...group.map(([label, value]) => `${label}: ${value.replace(/\s*\n\s*/g, ' / ')}`), '');
  }
  out.push(w.steps[4], '-'.repeat(w.steps[4].length), ...w.checks.map((c, i) => `[${plan.checks[i] ? 'x' : ' '}] ${c}`), '', w.locator, 'https://locator.ice.gov/odls/', '');
  return out.join('\r\n');
}

/** Who goes on the wallet card and in the .vcf: everyone with a phone number. */
function people(plan: Plan, w: Words): { name: string; note: string; phone: string }[] {
  return [
    ...plan.contacts.map((c) => ({ name: c.name, note: c.relation, phone: c.phone })),
    { name: plan.legal.name || w.legal, note: w.legal, phone: plan.legal.phone },
    { name: plan.community.name || w.community, note: w.community, phone: plan.community.phone },
    ...plan.children.map((c) => ({ name: c.pickup, note: `${w.child.pickup}: ${c.name}`, phone: c.pickupPhone })),
  ].filter((p, i, all) => p.phone.trim() && p.name.trim() && all.findIndex((q) => q.name === p.name && q.phone === p.phone) === i);
}

/** Makes the file in the page and offers it for download. */
export function downloadPlan(plan: Plan, w: Words, format: 'txt' | 'vcf'): void {
  if (format === 'txt') {
    downloadFile(planText(plan, w), 'family-plan.txt', 'text/plain;charset=utf-8');
    return;
  }
  const cards = people(plan, w).map((p) => {
    const phone = normalizePhone(p.phone);
    return buildVCard({ name: p.name, tel: phone ? phone.dial : null, note: phone ? p.note : `${p.note} ${p.phone}` });
  });
  downloadFile(cards.join(''), 'family-plan-contacts.vcf', 'text/vcard;charset=utf-8');
}

export const PRINT_ROOT_CLASS = 'ally-plan-print';
/** Builds the print container (not yet in the page): the plan, then a wallet card to cut out. */
export function buildPlanPrint(plan: Plan, w: Words, where: { lang: string; dir: string }): HTMLElement {
  const { root, shadow } = printContainer(PRINT_ROOT_CLASS, PLAN_CSS);
  const card = people(plan, w).slice(0, 5);
  render(
    html`<div class="sheet" lang=${where.lang} dir=${where.dir}>
      <h1>${w.title}</h1>
      ${sections(plan, w).map(
        (s) => html`<section>
          <h2>${s.title}</h2>
          ${s.groups.map((g) => html`<dl>${g.map(([label, value]) => html`<dt>${label}</dt><dd>${value}</dd>`)}</dl>`)}
        </section>`,
      )}
      <section>
        <h2>${w.steps[4]}</h2>
        <ul class="checks">${w.checks.map((c, i) => html`<li>${plan.checks[i] ? '☑' : '☐'} ${c}</li>`)}</ul>
        <p>${w.locator} <span dir="ltr">https://locator.ice.gov/odls/</span></p>
      </section>
      <div class="card-page">
        <p class="help">${w.cut}</p>
        <div class="card">
          <p class="who">${plan.me.name}${plan.me.anumber ? html` · <span dir="ltr">${plan.me.anumber}</span>` : ''}</p>
          <p class="call">${w.card}</p>
          <ul>
            ${card.map((p) => html`<li><span>${p.name}</span> <b dir="ltr">${p.phone}</b></li>`)}
          </ul>
        </div>
      </div>
    </div>`,
    shadow,
  );
  return root;
}

/** Prints the plan and the wallet card, and cleans up afterwards. Returns the container (for tests). */
export function printPlan(plan: Plan, w: Words, where: { lang: string; dir: string }): HTMLElement {
  const root = buildPlanPrint(plan, w, where);
  printSheet(root, '12mm');
  return root;
}

/** Removes the print container and the page rule. */
export const removePlanPrint = (): void => removePrintSheet(PRINT_ROOT_CLASS);

const PLAN_CSS = `.sheet{font:10pt/1.3 Arial,Helvetica,"Liberation Sans",sans-serif;color:#000;print-color-adjust:exact;-webkit-print-color-adjust:exact}
h1{margin:0 0 3mm;font-size:15pt;color:#b3261e}
h2{margin:0 0 1.5mm;font-size:11.5pt;border-bottom:.3mm solid #000}
section{margin-bottom:3mm;break-inside:avoid}
dl{display:grid;grid-template-columns:minmax(0,40%) 1fr;gap:.6mm 3mm;margin:0 0 2mm}
dt{font-weight:700}
dd{margin:0;white-space:pre-wrap;overflow-wrap:anywhere}
p{margin:0}
.card-page{break-before:page}
.help{margin:0 0 3mm;font-size:9pt}
.card{box-sizing:border-box;width:85.6mm;height:54mm;overflow:hidden;padding:2mm 3mm;border:.3mm dashed #555;border-top:1.6mm solid #b3261e;font-size:7.4pt;line-height:1.25;display:flex;flex-direction:column;gap:.8mm}
.who{font-weight:700;font-size:8.4pt}
.call{font-weight:700;color:#b3261e}
ul{margin:0;padding:0;list-style:none}
.checks{margin-bottom:2mm}
.card li{display:flex;justify-content:space-between;gap:2mm;border-bottom:.2mm dotted #777}`;
