import { msg } from '../internal/localize-runtime.js';
import type { Topic, Via } from './topics.js';

/** One thing an ally can do. */
export interface Action {
  title: string;
  /** One or two plain sentences. */
  body: string;
  /** What to check or keep in mind before doing it. */
  check: string;
}

export interface Group {
  title: string;
  /** One line, shown even when the group is closed (accordion). */
  summary: string;
  actions: Action[];
}

export interface WaysToHelpContent {
  intro: string;
  checkLabel: string;
  groups: Record<Topic, Group>;
  /** The text of each partner link. */
  links: Record<Via, string>;
  /** Before "Talk to us". */
  contactLead: string;
}

/**
 * Every text of `<ally-ways-to-help>` except its heading, in the current
 * locale: what an ally in the United States can do, written for this project
 * (sources: docs/content-sources.md). Kept apart from the element so the
 * script-tag build loads it on first use.
 */
export function waysToHelpContent(): WaysToHelpContent {
  return {
    intro: msg('Pick one thing to do this week, and start by listening.', { id: 'waysToHelp.intro' }),
    checkLabel: msg('Check first:', { id: 'waysToHelp.checkLabel' }),
    groups: {
      listen: {
        title: msg('Listen first', { id: 'waysToHelp.listen.title' }),
        summary: msg('Ask what people need, and follow immigrant-led groups.', { id: 'waysToHelp.listen.summary' }),
        actions: [
          {
            title: msg('Ask what people need', { id: 'waysToHelp.listen.ask.title' }),
            body: msg('The people affected know best what would help. Ask them, or groups they trust, before you plan anything.', { id: 'waysToHelp.listen.ask.body' }),
            check: msg('Never share a person’s name, status or story unless they say yes.', { id: 'waysToHelp.listen.ask.check' }),
          },
          {
            title: msg('Follow immigrant-led groups', { id: 'waysToHelp.listen.follow.title' }),
            body: msg('Back the work that local groups led by immigrants already do, instead of starting your own.', { id: 'waysToHelp.listen.follow.body' }),
            check: msg('Ask how they want allies to help. Often it is quiet work behind the scenes.', { id: 'waysToHelp.listen.follow.check' }),
          },
        ],
      },
      legal: {
        title: msg('Legal support', { id: 'waysToHelp.legal.title' }),
        summary: msg('Forms, rides, check-ins, funds, clinics and interpreters.', { id: 'waysToHelp.legal.summary' }),
        actions: [
          {
            title: msg('Organize paperwork', { id: 'waysToHelp.legal.paperwork.title' }),
            body: msg('Help a family gather, copy and sort important papers: IDs, court notices, proof of how long they have lived here.', { id: 'waysToHelp.legal.paperwork.body' }),
            check: msg('The family decides who keeps copies and where.', { id: 'waysToHelp.legal.paperwork.check' }),
          },
          {
            title: msg('Give rides to court', { id: 'waysToHelp.legal.rides.title' }),
            body: msg('Drive someone to immigration court or to a lawyer, and wait with them. Missing a hearing can lead to a deportation order.', { id: 'waysToHelp.legal.rides.body' }),
            check: msg('Confirm the date, time and address with them the day before.', { id: 'waysToHelp.legal.rides.check' }),
          },
          {
            title: msg('Go with someone to an ICE check-in', { id: 'waysToHelp.legal.checkIn.title' }),
            body: msg('Some people must report to ICE on set dates. If you go with them, a witness is there, and their family hears quickly if they are detained.', { id: 'waysToHelp.legal.checkIn.body' }),
            check: msg('The person decides who comes. You are a witness: do not speak to officers unless asked, and take notes.', { id: 'waysToHelp.legal.checkIn.check' }),
          },
          {
            title: msg('Give to bail and legal defense funds', { id: 'waysToHelp.legal.funds.title' }),
            body: msg('Bail funds pay bonds so people can leave detention during their case. Legal defense funds pay for lawyers, who make winning far more likely.', { id: 'waysToHelp.legal.funds.body' }),
            check: msg('Give through a fund run by a trusted organization, and ask how the money is used.', { id: 'waysToHelp.legal.funds.check' }),
          },
          {
            title: msg('Share free legal clinics', { id: 'waysToHelp.legal.clinics.title' }),
            body: msg('Find free or low-cost legal clinics near you and help people get there. In an immigration case, only a lawyer may give you legal advice. So may a helper the government has trained and approved.', { id: 'waysToHelp.legal.clinics.body' }),
            check: msg('Warn people about “notarios”. In the US, a notary may not give advice on immigration.', { id: 'waysToHelp.legal.clinics.check' }),
          },
          {
            title: msg('Help with DACA and TPS forms', { id: 'waysToHelp.legal.forms.title' }),
            body: msg('At a legal clinic, volunteers help people fill in forms and gather proof, and a lawyer checks the work.', { id: 'waysToHelp.legal.forms.body' }),
            check: msg('Rules and deadlines change: check uscis.gov or ask the clinic first.', { id: 'waysToHelp.legal.forms.check' }),
          },
          {
            title: msg('Interpret', { id: 'waysToHelp.legal.interpret.title' }),
            body: msg('If you speak a language your neighbors need, you can interpret at clinics, visits and meetings.', { id: 'waysToHelp.legal.interpret.body' }),
            check: msg('Say everything, add nothing, and keep it private. In immigration court, the court brings its own interpreters.', { id: 'waysToHelp.legal.interpret.check' }),
          },
        ],
      },
      volunteer: {
        title: msg('Volunteer and donate', { id: 'waysToHelp.volunteer.title' }),
        summary: msg('Meet everyday needs, and give safely.', { id: 'waysToHelp.volunteer.summary' }),
        actions: [
          {
            title: msg('Help at a food pantry', { id: 'waysToHelp.volunteer.food.title' }),
            body: msg('Stock shelves, sort donations, or deliver food to families who are afraid to go out.', { id: 'waysToHelp.volunteer.food.body' }),
            check: msg('Ask the pantry what it needs most before you collect anything.', { id: 'waysToHelp.volunteer.food.check' }),
          },
          {
            title: msg('Run a coat or school-supply drive', { id: 'waysToHelp.volunteer.drives.title' }),
            body: msg('Collect winter coats, backpacks and school things for children and for families who just came.', { id: 'waysToHelp.volunteer.drives.body' }),
            check: msg('Ask which sizes and items are needed, and give things in good condition.', { id: 'waysToHelp.volunteer.drives.check' }),
          },
          {
            title: msg('Offer your skills', { id: 'waysToHelp.volunteer.skills.title' }),
            body: msg('Offer your skills for free: medical care, car repair, tutoring or tax help. It saves families money and worry.', { id: 'waysToHelp.volunteer.skills.body' }),
            check: msg('Work through a group that knows the families, and stay within your license or training.', { id: 'waysToHelp.volunteer.skills.check' }),
          },
          {
            title: msg('Give grocery and gas cards', { id: 'waysToHelp.volunteer.cards.title' }),
            body: msg('Gift cards let a family choose what they need, most of all when a detention cuts their pay.', { id: 'waysToHelp.volunteer.cards.body' }),
            check: msg('Give them through a group that knows the family, and keep names private.', { id: 'waysToHelp.volunteer.cards.check' }),
          },
          {
            title: msg('Give through vetted organizations', { id: 'waysToHelp.volunteer.vetted.title' }),
            body: msg('Give to known groups that already help immigrants near you, not to unknown appeals online.', { id: 'waysToHelp.volunteer.vetted.body' }),
            check: msg('Check that the group is a registered nonprofit, and ask how it spends donations.', { id: 'waysToHelp.volunteer.vetted.check' }),
          },
        ],
      },
      advocate: {
        title: msg('Join and advocate', { id: 'waysToHelp.advocate.title' }),
        summary: msg('Stand with immigrant neighbors in public, and change local rules.', { id: 'waysToHelp.advocate.summary' }),
        actions: [
          {
            title: msg('Join an ally network', { id: 'waysToHelp.advocate.network.title' }),
            body: msg('Ally networks train volunteers. They call on them when families need help, to respond fast or to go with them.', { id: 'waysToHelp.advocate.network.body' }),
            check: msg('Take the network’s training before you answer a call for help.', { id: 'waysToHelp.advocate.network.check' }),
          },
          {
            title: msg('Support a sanctuary congregation', { id: 'waysToHelp.advocate.sanctuary.title' }),
            body: msg('Houses of worship can offer meals, rooms and company. Some offer a safe place to stay to people who may be deported.', { id: 'waysToHelp.advocate.sanctuary.body' }),
            check: msg('Get legal advice first: ICE no longer treats places of worship as off-limits.', { id: 'waysToHelp.advocate.sanctuary.check' }),
          },
          {
            title: msg('Celebrate immigrant neighbors', { id: 'waysToHelp.advocate.celebrate.title' }),
            body: msg('Go to, or help host, festivals, meals and welcome events in your community.', { id: 'waysToHelp.advocate.celebrate.body' }),
            check: msg('Let immigrant neighbors lead, and ask before you take or share photos.', { id: 'waysToHelp.advocate.celebrate.check' }),
          },
          {
            title: msg('Write to your local paper', { id: 'waysToHelp.advocate.letters.title' }),
            body: msg('A short letter to the editor can change how your neighbors talk about immigrants.', { id: 'waysToHelp.advocate.letters.body' }),
            check: msg('Never name or describe someone without their consent.', { id: 'waysToHelp.advocate.letters.check' }),
          },
          {
            title: msg('Push for fair local policies', { id: 'waysToHelp.advocate.policy.title' }),
            body: msg('Ask your city and county not to jail anyone just because ICE asks. Ask them not to tell ICE when people leave jail. And ask them not to sign 287(g) deals that make local police act as immigration agents.', { id: 'waysToHelp.advocate.policy.body' }),
            check: msg('Learn your local rules first, and join the campaigns immigrant-led groups already run.', { id: 'waysToHelp.advocate.policy.check' }),
          },
        ],
      },
      training: {
        title: msg('Know-your-rights training', { id: 'waysToHelp.training.title' }),
        summary: msg('Learn the rules, then help others learn them.', { id: 'waysToHelp.training.summary' }),
        actions: [
          {
            title: msg('Take a know-your-rights training', { id: 'waysToHelp.training.take.title' }),
            body: msg('Learn what people can say and do when agents come, and how to help safely as a witness.', { id: 'waysToHelp.training.take.body' }),
            check: msg('Choose a training given by a legal group or a rapid-response network.', { id: 'waysToHelp.training.take.check' }),
          },
          {
            title: msg('Share what you learn', { id: 'waysToHelp.training.share.title' }),
            body: msg('Hand out rights cards in your neighbors’ languages, and help host trainings where people feel safe.', { id: 'waysToHelp.training.share.body' }),
            check: msg('Use up-to-date materials from legal groups: rules and practice change.', { id: 'waysToHelp.training.share.check' }),
          },
        ],
      },
    },
    links: {
      accompany: msg('Sign up to accompany someone', { id: 'waysToHelp.link.accompany' }),
      volunteer: msg('Sign up to volunteer', { id: 'waysToHelp.link.volunteer' }),
      donate: msg('Donate', { id: 'waysToHelp.link.donate' }),
      events: msg('See upcoming events', { id: 'waysToHelp.link.events' }),
      training: msg('Sign up for a training', { id: 'waysToHelp.link.training' }),
      contact: msg('Talk to us', { id: 'waysToHelp.link.contact' }),
    },
    contactLead: msg('Not sure where to start?', { id: 'waysToHelp.contactLead' }),
  };
}
