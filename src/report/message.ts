/**
 * The report a witness sends: what they saw, where and when, written as one
 * short message in the page's language with the key words also in English,
 * so the volunteer who answers can read it whatever language it came in.
 * Pure functions, no DOM: tested without rendering.
 */

/** What the witness sees, in the order the widget offers it. */
export const REPORT_KINDS = ['agents', 'arrest', 'home', 'workplace', 'checkpoint', 'other'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** Which agency, when the agents or vehicles are marked. */
export const AGENCIES = ['ice', 'cbp', 'police', 'unknown'] as const;
export type Agency = (typeof AGENCIES)[number];

/** Coordinates the witness chose to add ("Use my location"), rounded for a message. */
export interface ReportPosition {
  latitude: number;
  longitude: number;
  /** Metres, as the phone reports it. */
  accuracy?: number;
}

/** Everything the witness entered. Empty strings for what they left blank. */
export interface ReportDraft {
  kind: ReportKind | null;
  agents: string;
  agency: Agency | null;
  uniforms: string;
  vehicles: string;
  said: string;
  place: string;
  /** `''` for "now", else the time the witness picked (`HH:MM`, as `<input type="time">` gives it). */
  time: string;
  position: ReportPosition | null;
}

/** The words of the message in one language. */
export interface ReportWords {
  title: string;
  what: string;
  agents: string;
  agency: string;
  uniforms: string;
  vehicles: string;
  said: string;
  where: string;
  when: string;
  now: string;
  location: string;
  kinds: Record<ReportKind, string>;
  agencies: Record<Agency, string>;
  /** `14:30` → how this language writes that time of day. */
  formatTime: (time: string) => string;
}

/** The English words, added beside the page's language for the dispatcher. */
export const ENGLISH_WORDS: ReportWords = {
  title: 'ICE activity report',
  what: 'What',
  agents: 'Agents',
  agency: 'Agency',
  uniforms: 'Uniforms',
  vehicles: 'Vehicles',
  said: 'They said',
  where: 'Where',
  when: 'When',
  now: 'now',
  location: 'Location',
  kinds: {
    agents: 'Agents or their vehicles only',
    arrest: 'An arrest',
    home: 'A raid at a home',
    workplace: 'A raid at a workplace',
    checkpoint: 'A checkpoint',
    other: 'Something else',
  },
  agencies: { ice: 'ICE', cbp: 'CBP', police: 'Police', unknown: 'Not sure' },
  formatTime: (time) => timeIn('en-US', time),
};

/** The longest text kept from one field, so a message stays short enough for every phone's SMS app. */
export const FIELD_LIMIT = 300;

/** An empty report: "now", nothing chosen. */
export function emptyDraft(): ReportDraft {
  return { kind: null, agents: '', agency: null, uniforms: '', vehicles: '', said: '', place: '', time: '', position: null };
}

/** `HH:MM` as a locale writes a time of day (`2:30 PM`, `14:30`); anything else unchanged. */
export function timeIn(locale: string, time: string): string {
  const match = /^(\d{2}):(\d{2})/.exec(time);
  if (!match) return time;
  try {
    return new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(Date.UTC(2000, 0, 1, Number(match[1]), Number(match[2])));
  } catch {
    return time;
  }
}

/** `Lugar / Where`: the page's word, then the English one when it differs. */
function both(local: string, english: string): string {
  return local.trim().toLowerCase() === english.trim().toLowerCase() ? local : `${local} / ${english}`;
}

/** One line of the free text a witness typed: whitespace collapsed, cut at `FIELD_LIMIT`. */
export function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, FIELD_LIMIT);
}

/**
 * The message, one fact per line, only the lines the witness filled in.
 * The witness's own words stay as typed; labels and choices are in the page's
 * language with English beside them.
 */
export function composeReport(draft: ReportDraft, words: ReportWords, english: ReportWords = ENGLISH_WORDS): string {
  const lines = [both(words.title, english.title)];
  const line = (label: keyof ReportWords, value: string) => {
    if (value) lines.push(`${both(words[label] as string, english[label] as string)}: ${value}`);
  };
  if (draft.kind) line('what', both(words.kinds[draft.kind], english.kinds[draft.kind]));
  line('agents', clean(draft.agents).slice(0, 20));
  if (draft.agency) line('agency', both(words.agencies[draft.agency], english.agencies[draft.agency]));
  line('uniforms', clean(draft.uniforms));
  line('vehicles', clean(draft.vehicles));
  line('said', clean(draft.said));
  line('where', clean(draft.place));
  line('when', draft.time ? both(words.formatTime(draft.time), english.formatTime(draft.time)) : both(words.now, english.now));
  if (draft.position) line('location', formatPosition(draft.position));
  return lines.join('\n');
}

/** `42.96312, -85.66812 (±20 m)`: five decimals, about a metre. */
export function formatPosition({ latitude, longitude, accuracy }: ReportPosition): string {
  const around = accuracy != null && Number.isFinite(accuracy) ? ` (±${Math.round(accuracy)} m)` : '';
  return `${latitude.toFixed(5)}, ${longitude.toFixed(5)}${around}`;
}
