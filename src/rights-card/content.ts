import { msg } from '@lit/localize';

/**
 * What the card says. The visitor's side goes through `msg()` (every language);
 * the officer's side is English on purpose, whatever language the page shows,
 * so it is plain text here and never translated.
 */

/** The date this content was last checked against US law and practice (ISO). */
export const CONTENT_DATE = '2026-11-21';

/** One point: a short bold title and its explanation. */
export type RightsPoint = [title: string, body: string];

/** Every point of the visitor's side, in the visitor's language (call at render time). */
export const rightsPoints = (): RightsPoint[] => [
  [
    msg('You have the right to remain silent.', { id: 'rightsCard.silent.title' }),
    msg('You may refuse to answer questions about where you were born, your immigration status or how you entered the country. Say: “I choose to remain silent.”', { id: 'rightsCard.silent.body' }),
  ],
  [
    msg('Do not open the door.', { id: 'rightsCard.door.title' }),
    msg('Agents may enter a home only with a warrant signed by a judge that names the person they are looking for or the address. Ask them to pass it under the door or hold it up to a window so you can check it. An ICE administrative warrant (form I‑200 or I‑205) is signed by an immigration officer, not a judge: it does not allow them to enter your home.', { id: 'rightsCard.door.body' }),
  ],
  [
    msg('Do not consent to a search.', { id: 'rightsCard.search.title' }),
    msg('You do not have to agree to a search of yourself, your car, your home or your belongings. Say: “I do not consent to a search.” If they search anyway, do not resist.', { id: 'rightsCard.search.body' }),
  ],
  [
    msg('Do not sign anything.', { id: 'rightsCard.sign.title' }),
    msg('Do not sign any papers without talking to a lawyer first. Some papers give up your right to see an immigration judge.', { id: 'rightsCard.sign.body' }),
  ],
  [
    msg('Ask for a lawyer.', { id: 'rightsCard.lawyer.title' }),
    msg('You have the right to speak to a lawyer. Ask for one, and say that you will remain silent until you have talked to a lawyer. In immigration cases the government does not have to give you a free lawyer, so keep the number of a lawyer or legal aid group with you.', { id: 'rightsCard.lawyer.body' }),
  ],
  [
    msg('Outside your home, ask: “Am I free to leave?”', { id: 'rightsCard.leave.title' }),
    msg('If the agent says yes, walk away calmly. Do not run. If the answer is no, stay silent and do not resist.', { id: 'rightsCard.leave.body' }),
  ],
  [
    msg('If agents force their way in, do not resist.', { id: 'rightsCard.force.title' }),
    msg('Stay silent and say that you do not consent to a search. Remember what happens and write it down as soon as you can: the agents’ names, badge numbers and agency, what they said and what they took.', { id: 'rightsCard.force.body' }),
  ],
  [
    msg('Do not lie or show false documents.', { id: 'rightsCard.truth.title' }),
    msg('You may stay silent instead. If you have valid immigration papers, carry them; if an agent asks for them, you may show them.', { id: 'rightsCard.truth.body' }),
  ],
  [
    msg('If police stop your car:', { id: 'rightsCard.car.title' }),
    msg('The driver must show a driver’s license, registration and proof of insurance when asked. Everyone in the car may stay silent about anything else. Passengers do not have to answer questions about where they were born or their immigration status.', { id: 'rightsCard.car.body' }),
  ],
];

/**
 * The statement the holder shows an officer: first person, always English
 * (rendered with `lang="en" dir="ltr"`), one sentence per line.
 */
export const OFFICER_STATEMENT: readonly string[] = [
  'I am exercising my Fifth Amendment right to remain silent. I will not answer your questions.',
  'I do not consent to your entry or to any search of me, my home, my car or my belongings (Fourth Amendment).',
  'I will not sign anything.',
  'I want to speak to a lawyer.',
];

/** A valid ISO calendar date (`YYYY-MM-DD`) as a UTC Date, or null. */
export function parseIsoDate(value: string | null | undefined): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value?.trim() ?? '');
  if (!m) return null;
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return date.getUTCDate() === +m[3] && date.getUTCMonth() === +m[2] - 1 ? date : null;
}

/** A date as the page's language writes it ("November 21, 2026", "21 de noviembre de 2026"). */
export function formatDate(date: Date, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  } catch {
    return date.toISOString().slice(0, 10);
  }
}
