import { msg } from '../internal/localize-runtime.js';

/**
 * What the card says, loaded on first use (the script-tag build keeps it in a
 * chunk beside the entry). The visitor's side goes through `msg()` (every
 * language); the officer's side and the words to say to an officer are
 * English on purpose, whatever language the page shows. Sources for every
 * point: docs/content-sources.md.
 */

/** Words the visitor is told to say, and the English an officer understands. */
export interface SayLine {
  /** In the visitor's language. */
  text: string;
  /** The same words in English, shown beside the translation (`lang="en"`). */
  en: string;
}

/** One point: a short bold title, its explanation, and maybe the words to say. */
export interface RightsPoint {
  title: string;
  body: string;
  say?: SayLine;
}

/** The words to say, in English: never translated, shown beside each translation. */
export const SAY_EN = {
  silent: 'I choose to remain silent.',
  search: 'I do not consent to a search.',
  lawyer: 'I want to speak to a lawyer.',
  leave: 'Am I free to leave?',
} as const;

/** The words to say, in the visitor's language beside the English (call at render time). */
export const sayLines = (): Record<keyof typeof SAY_EN, SayLine> => ({
  silent: { text: msg('I choose to remain silent.', { id: 'rightsCard.say.silent' }), en: SAY_EN.silent },
  search: { text: msg('I do not consent to a search.', { id: 'rightsCard.say.search' }), en: SAY_EN.search },
  lawyer: { text: msg('I want to speak to a lawyer.', { id: 'rightsCard.say.lawyer' }), en: SAY_EN.lawyer },
  leave: { text: msg('Am I free to leave?', { id: 'rightsCard.say.leave' }), en: SAY_EN.leave },
});

/** The opening line of the visitor's side. */
export const rightsIntro = () =>
  msg('These rights belong to everyone in the United States, with or without papers.', { id: 'rightsCard.intro' });

/** Every point of the visitor's side, in the visitor's language (call at render time). */
export function rightsPoints(): RightsPoint[] {
  const say = sayLines();
  return [
    {
      title: msg('You have the right to remain silent.', { id: 'rightsCard.silent.title' }),
      body: msg('You do not have to say where you were born, how you came to this country or what your immigration status is. Some states require you to give your name to the police if they lawfully stop you.', { id: 'rightsCard.silent.body' }),
      say: say.silent,
    },
    {
      title: msg('Do not open the door.', { id: 'rightsCard.door.title' }),
      body: msg('Talk through the closed door. Agents may come in only with a warrant signed by a judge that names the person they want or the address. Ask them to slide it under the door or hold it up to a window.', { id: 'rightsCard.door.body' }),
    },
    {
      title: msg('Know which warrant it is.', { id: 'rightsCard.warrant.title' }),
      body: msg('A judge’s warrant names a court and is signed by a judge. An ICE warrant (form I‑200 or I‑205) is signed by an immigration officer, not a judge. It says “Department of Homeland Security” at the top. Rights groups teach that it does not let agents into your home, so keep the door closed.', { id: 'rightsCard.warrant.body' }),
    },
    {
      title: msg('If agents force their way in, do not resist.', { id: 'rightsCard.force.title' }),
      body: msg('ICE says an I‑205 lets agents force the door to arrest someone with a final order of removal. Rights groups and a federal judge say it does not. If they come in anyway, do not fight them. Stay silent and say that you do not consent to a search. Write down the agents’ names, badge numbers and agency, what they said and what they took. Tell a lawyer as soon as you can.', { id: 'rightsCard.force.body' }),
    },
    {
      title: msg('Do not consent to a search.', { id: 'rightsCard.search.title' }),
      body: msg('You do not have to agree to a search of yourself, your car, your home or your things. If they search anyway, do not resist.', { id: 'rightsCard.search.body' }),
      say: say.search,
    },
    {
      title: msg('Do not sign anything.', { id: 'rightsCard.sign.title' }),
      body: msg('Do not sign any papers without talking to a lawyer first. Some papers give up your right to see an immigration judge.', { id: 'rightsCard.sign.body' }),
    },
    {
      title: msg('Ask for a lawyer.', { id: 'rightsCard.lawyer.title' }),
      body: msg('You have the right to speak to a lawyer. Ask for one, and stay silent until you have talked to a lawyer. In immigration cases the government does not have to pay for a lawyer for you. Keep the number of a lawyer or a legal aid group with you.', { id: 'rightsCard.lawyer.body' }),
      say: say.lawyer,
    },
    {
      title: msg('Outside your home, ask if you are free to leave.', { id: 'rightsCard.leave.title' }),
      body: msg('If the agent says yes, walk away calmly. Do not run. If the answer is no, stay silent and do not resist.', { id: 'rightsCard.leave.body' }),
      say: say.leave,
    },
    {
      title: msg('Do not lie or show false documents.', { id: 'rightsCard.truth.title' }),
      body: msg('You may stay silent instead. Never say that you are a U.S. citizen if you are not. If you have valid papers, show them when an immigration agent asks for them. Adults with legal status must carry proof of it, such as a green card. If you have no valid papers, do not carry papers from another country. They can be used against you.', { id: 'rightsCard.truth.body' }),
    },
    {
      title: msg('If police stop your car:', { id: 'rightsCard.car.title' }),
      body: msg('Keep your hands where the police can see them. The driver must show a license, registration and proof of insurance when asked. You may refuse a search of the car. Everyone in the car may stay silent about the rest. Passengers may ask if they are free to leave. They do not have to say where they were born or what their status is.', { id: 'rightsCard.car.body' }),
    },
    {
      title: msg('At the border, agents have more power.', { id: 'rightsCard.border.title' }),
      body: msg('Agents have more power at the border, at airports and at checkpoints near the border. There they can stop you, ask questions and search your things. If you have a visa or a green card, you have more to lose: talk to a lawyer before you travel. Green card holders: carry your card. Do not sign away your status (for example on form I‑407) without talking to a lawyer.', { id: 'rightsCard.border.body' }),
    },
  ];
}

/**
 * The statement the holder shows an officer: first person, always English
 * (rendered with `lang="en" dir="ltr"`), one sentence per line.
 */
export const OFFICER_STATEMENT: readonly string[] = [
  'I am exercising my Fifth Amendment right to remain silent. I will not answer your questions.',
  'I do not consent to your entry or to any search of me, my home, my car or my belongings (Fourth Amendment).',
  'If you have a warrant signed by a judge, slide it under the door.',
  'I will not sign anything.',
  'I want to speak to a lawyer.',
];
