// Context for translators and reviewers (the reviewer page of `npm run review`): where each
// widget's text shows and what it must convey, and what a message's role is from its id.
// A message's own `desc` (msg('…', { id, desc })) comes first when it has one.

/** Per widget (message group): its name and what its text must convey. */
export const WIDGET_CONTEXT = {
  common: {
    name: 'Every widget: the language menu',
    about: 'Shown in every widget that has a language menu.',
  },
  rightsCard: {
    name: 'Know-your-rights card (the “red card”)',
    about:
      'The visitor’s own side of a know-your-rights card, read in a frightening moment, maybe through a closed door or in a car. It must be exact and simple: stay silent, do not open the door unless agents show a warrant signed by a judge, do not consent to a search, do not sign anything, ask for a lawyer. The officer’s side stays in English (not translated). Messages under “print” go on a printed wallet card with very little room.',
  },
  fiveDs: {
    name: 'The 5 D’s of bystander intervention',
    about:
      'What a bystander can do when someone is harassed or targeted for being an immigrant: Distract, Delegate, Document, Delay, Direct. Calm and practical; it never encourages confronting or interfering with police or immigration agents.',
  },
  hotline: {
    name: 'Hotline button',
    about: 'A button to call or text the partner’s rapid-response hotline, copy the number, show a QR code and save the number to the phone’s contacts. Short, clear button text.',
  },
  groupFinder: {
    name: 'Find local groups',
    about: 'A directory of immigrant-rights groups: search by words or ZIP code, filters (state, services, languages), the results and their links.',
  },
  report: {
    name: '“I see ICE activity” report',
    about:
      'A guided report of immigration-enforcement activity to the partner’s hotline, by text message or call. It asks for facts only (what, where, when, how many agents, vehicles) and stresses safety and not spreading unconfirmed rumours.',
  },
  responsePlan: {
    name: 'Family rapid-response plan',
    about:
      'A form a family fills in on their own device: who to call, who may pick up the children, where documents are kept; printed or downloaded, never sent anywhere. Labels must be clear to someone filling in a form.',
  },
  waysToHelp: {
    name: 'What an ally can do',
    about: 'Actions an ally can take this week (volunteer, donate, accompany, train, show up), each linked to the partner’s own sign-up page.',
  },
};

/** Messages whose id says too little. */
const EXACT = {
  'common.language': 'The label of the language menu (a list of languages, each named in itself).',
  'common.languageChanged': 'Read out by screen readers right after the visitor picks this language, in this language: “Language changed to <this language>.” Name this language, not English.',
  'common.readAloud': 'A button that reads the text aloud with the device’s voice.',
  'common.listen': 'Label of the read-aloud controls.',
  'common.pause': 'Read-aloud control: pause the voice.',
  'common.resume': 'Read-aloud control: continue after a pause.',
  'common.stop': 'Read-aloud control: stop the voice.',
  'hotline.answeredBy': 'Under the hotline number: who answers the calls. {0} is the partner organisation’s name.',
  'hotline.hours': 'When the hotline answers. {0} is the partner’s own text, e.g. “24/7” or “Mon–Fri 9–5”.',
  'hotline.sms': 'A link that opens a text message to the number {0}.',
  'hotline.contactName': 'The contact’s name when the visitor saves the hotline to their phone. {0} is the organisation.',
  'rightsCard.sayLabel': 'Before the words the visitor can say to an officer (in the visitor’s language, with the English beside them).',
  'rightsCard.inEnglish': 'Before the same words in English, which the visitor can read out or show.',
  'rightsCard.reviewed': 'Under the card: when the partner last checked the legal content. {0} is a date.',
  'rightsCard.hotline': 'On the card: “If I am detained, call:”, followed by the partner’s phone number.',
  'rightsCard.hotlineLabelled': 'On the card: “If I am detained, call {0}:”, {0} being the name of who answers, followed by the number.',
};

/** Roles by the last part of a message id. */
const ROLES = [
  [/^title$/, 'a short heading'],
  [/^heading$/, 'the widget’s main heading'],
  [/^summary$/, 'a one-line summary under a heading'],
  [/^body$/, 'the explanation: a paragraph'],
  [/^intro$/, 'the introduction at the top'],
  [/^example$/, 'a short example story'],
  [/^safety$/, 'a safety note: keep every caution'],
  [/^check$/, 'a checklist item'],
  [/^loadFailed$/, 'an error shown when the text could not load (bad connection)'],
  [/^(invalid|.*Failed$)/, 'an error message'],
  [/^(copy|call|print|save|share|show|hide|close|next|back|more|fewer|clear|add|open|download|search|send)/i, 'a button or link: keep it short, an action'],
  [/(Label|label)$/, 'a label for a field or control'],
  [/(announce|Announce|copied|saved|cleared|changed)/, 'announced to screen-reader users (and sometimes shown) after an action'],
];

/** A short context note for one message: its desc, else its role from the id. */
export function contextOf(id, desc) {
  const parts = id.split('.');
  const last = parts.at(-1);
  let role = ROLES.find(([re]) => re.test(last))?.[1];
  if (last === 'heading' && parts.length > 2) role = 'a section heading';
  const where = parts.slice(1, -1).includes('print') ? 'On the printed wallet card (little room). ' : '';
  if (desc) return `${where}${desc}`;
  if (EXACT[id]) return EXACT[id];
  const path = parts.slice(1, -1).join(' › ');
  const words = (text) => text.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  if (role) return `${where}${role[0].toUpperCase() + role.slice(1)}${path ? ` (${words(path)})` : ''}.`;
  return `${where}Text about: ${words(parts.slice(1).join(' › '))}.`;
}
