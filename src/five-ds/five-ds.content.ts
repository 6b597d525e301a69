import { msg } from '../internal/localize-runtime.js';
import type { FiveD } from './ids.js';

/** One of the five Ds, in the visitor's language. */
export interface DContent {
  id: FiveD;
  title: string;
  /** One line, shown even when the D is closed. */
  summary: string;
  /** The fuller explanation. */
  body: string;
  /** A concrete moment: a store, a bus stop, a school pick-up. */
  example: string;
  safety: string;
}

export interface FiveDsContent {
  intro: string;
  ds: DContent[];
  exampleLabel: string;
  safetyLabel: string;
  closing: string;
  credit: string;
}

/**
 * Every text of `<ally-five-ds>` except its heading, in the current locale.
 * Written for this project in plain, short sentences; the 5 D's framework
 * itself is Right To Be's, credited in `credit`. Kept apart from the element
 * so the script-tag build can load it on first use.
 */
export function fiveDsContent(): FiveDsContent {
  return {
    intro: msg(
      'If someone is harassed or singled out for being an immigrant, you can help. Here are five ways. Four of them are indirect: you do not have to confront anyone. Choose the one that is safest for them and for you.',
      { id: 'fiveDs.intro' },
    ),
    ds: [
      {
        id: 'distract',
        title: msg('Distract', { id: 'fiveDs.distract.title' }),
        summary: msg('Step in with something harmless. Do not confront anyone.', { id: 'fiveDs.distract.summary' }),
        body: msg(
          'Turn attention away from the person being targeted to ease the tension. Talk to them, not to the person causing harm. Ask a simple question, act as if you know them, or drop something. A short interruption can calm things down and give them a chance to move away.',
          { id: 'fiveDs.distract.body' },
        ),
        example: msg(
          'At a bus stop, a man is yelling at a woman about her accent. You walk up to her and ask, “Excuse me, has the number 10 bus come yet?” You keep chatting with her until he walks away.',
          { id: 'fiveDs.distract.example' },
        ),
        safety: msg(
          'Use Distract when the harassment comes from a member of the public. Do not try to distract, block or slow down police or immigration agents. That can be treated as interfering with them.',
          { id: 'fiveDs.distract.safety' },
        ),
      },
      {
        id: 'delegate',
        title: msg('Delegate', { id: 'fiveDs.delegate.title' }),
        summary: msg('Get help from someone else.', { id: 'fiveDs.delegate.summary' }),
        body: msg(
          'You do not have to act on your own. Ask someone with more power or training to step in. That could be store staff, a manager, a bus driver, a teacher or a boss. Do you see immigration agents? Call a rapid-response hotline. Its volunteers can check the report and send trained observers. They can also help the family find a lawyer.',
          { id: 'fiveDs.delegate.body' },
        ),
        example: msg(
          'At a grocery store, agents stop a worker near the entrance. You tell the store manager, then call the rapid-response hotline. You give the address, say what you see, how many agents there are and what their vehicles look like.',
          { id: 'fiveDs.delegate.example' },
        ),
        safety: msg(
          'Calling the police can put immigrants in more danger. Ask the person first if you can, unless someone could get hurt right now.',
          { id: 'fiveDs.delegate.safety' },
        ),
      },
      {
        id: 'document',
        title: msg('Document', { id: 'fiveDs.document.title' }),
        summary: msg('If someone is already helping, record from a safe distance.', { id: 'fiveDs.document.summary' }),
        body: msg(
          'A record can help the person later, for example with a lawyer or a complaint. First make sure someone else is helping; if no one is, choose another D. If agents arrest someone, call the rapid-response hotline first. Then record. Keep a safe distance and hold your phone steady. Note the time and place, and the officers’ names and badge numbers. Note the agency, such as ICE, CBP or local police, and the cars and their license plates. Agents may cover their faces. Then note the words on their vests and the marks on their cars.',
          { id: 'fiveDs.document.body' },
        ),
        example: msg(
          'At school pick-up, agents stop a father at the gate. Another parent is already with his kids. You call the rapid-response hotline, then stay on the sidewalk and record. You film the car’s plate and say the date, time and street out loud.',
          { id: 'fiveDs.document.example' },
        ),
        safety: msg(
          'In the United States you usually have the right to film officers in public. Do not get in their way. The video belongs to the person affected. Ask them what they want done with it. Never post or share it without their consent.',
          { id: 'fiveDs.document.safety' },
        ),
      },
      {
        id: 'delay',
        title: msg('Delay', { id: 'fiveDs.delay.title' }),
        summary: msg('Afterwards, check in with the person.', { id: 'fiveDs.delay.summary' }),
        body: msg(
          'Even if you could not act in the moment, you can help afterwards. Go to the person, ask how they are, and listen. Offer to stay with them for a while. Ask what they need. They may want help getting home or reaching family. They may need a lawyer or a rapid-response group. If you made a recording, offer it to them.',
          { id: 'fiveDs.delay.body' },
        ),
        example: msg(
          'Agents leave a car wash after questioning a worker. You go up to him and ask, “Are you okay? Can I call someone for you?” You wait with him until his sister arrives, and you give him the number of a local legal aid group.',
          { id: 'fiveDs.delay.example' },
        ),
        safety: msg(
          'Let them decide what happens next. Do not push them to talk, to report, or to share private details such as their immigration status.',
          { id: 'fiveDs.delay.safety' },
        ),
      },
      {
        id: 'direct',
        title: msg('Direct', { id: 'fiveDs.direct.title' }),
        summary: msg('Only if it is safe: speak up briefly and calmly.', { id: 'fiveDs.direct.summary' }),
        body: msg(
          'Sometimes a few calm words stop harassment. Say something short, such as “That’s not okay” or “Leave her alone.” Then turn your attention to the person being targeted. Do not argue, insult or threaten anyone. If things get worse, stop and choose another D.',
          { id: 'fiveDs.direct.body' },
        ),
        example: msg(
          'In a store checkout line, a customer shouts at the cashier to “go back to your country.” You say calmly, “That’s not okay.” Then you ask the cashier if she is all right and stay with her until the customer leaves.',
          { id: 'fiveDs.direct.example' },
        ),
        safety: msg(
          'Use Direct only if you and the person being targeted are safe from harm. Do not make things worse. Never touch or block police or immigration agents, or get in their way. You may calmly remind the person that they have the right to remain silent.',
          { id: 'fiveDs.direct.safety' },
        ),
      },
    ],
    exampleLabel: msg('For example', { id: 'fiveDs.exampleLabel' }),
    safetyLabel: msg('Stay safe', { id: 'fiveDs.safetyLabel' }),
    closing: msg(
      'Listen first. The person being targeted knows their situation best: let their wishes lead, and respect it if they say no.',
      { id: 'fiveDs.closing' },
    ),
    credit: msg('The 5 D’s come from Right To Be (once called Hollaback!). It built them on Green Dot’s 3 D’s and offers bystander training.', {
      id: 'fiveDs.credit',
    }),
  };
}
