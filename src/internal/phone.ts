/** A phone number ready for a link and for reading aloud. */
export interface Phone {
  /**
   * What the visitor sees, e.g. `1-844-363-1423`, `877877`, `+52 55 1234 5678`; a vanity number
   * with the digits it dials, `1-800-FLOWERS (1-800-356-9377)`, so what is shown is what is dialled.
   */
  display: string;
  /** The dialable form, e.g. `+18443631423`, `877877`, `+525512345678;ext=12`. */
  dial: string;
  /** `tel:` URL. */
  tel: string;
  kind: 'us' | 'international' | 'short-code' | 'n11';
}

/** Phone keypad digit of each letter a–z, for vanity numbers (1-800-FLOWERS). */
const KEYPAD = '22233344455566677778889999';

/** An extension at the end: `x12`, `ext. 12`, `#12` (read only from a number already capped at 40 characters). */
const EXTENSION = /\s*(?:ext\.?|extension|x|#)\s*(\d{1,6})\s*$/i;

/**
 * Normalises a phone number a partner typed into an attribute or a data feed.
 * Accepts US numbers (10 digits, optionally with a leading 1, any punctuation,
 * vanity letters like 1-800-FLOWERS), international numbers starting with `+`
 * (E.164, 8–15 digits), 5–6 digit SMS short codes (877877), N11 services (211)
 * and an extension (`x12`, `ext. 12`). Letters mixed with digits in the last
 * four (`616-555-Ol42`: a letter O and l where 0 and 1 were meant, dialled as
 * 6 and 5) are refused. Anything else is `null`.
 */
export function normalizePhone(input: unknown): Phone | null {
  if (typeof input !== 'string' && typeof input !== 'number') return null;
  let raw = String(input).trim().replace(/^tel:/i, '');
  // Length first: no phone number is longer, and no check below reads a longer text.
  if (!raw || raw.length > 40) return null;

  let extension = '';
  const ext = EXTENSION.exec(raw);
  if (ext) {
    extension = ext[1];
    raw = raw.slice(0, ext.index);
  }
  if (!/^\+?[\d\s().\-/a-z]+$/i.test(raw)) return null;
  const international = raw.startsWith('+');
  const hasLetters = /[a-z]/i.test(raw);
  const digits = raw.replace(/[a-z]/gi, (c) => KEYPAD[c.toLowerCase().charCodeAt(0) - 97]).replace(/\D/g, '');
  const extSuffix = extension ? `;ext=${extension}` : '';
  const extDisplay = extension ? ` ext. ${extension}` : '';

  if (international && !digits.startsWith('1')) {
    if (hasLetters || digits.length < 8 || digits.length > 15) return null;
    const display = raw.replace(/[^\d+\s]/g, ' ').replace(/\s+/g, ' ').trim() + extDisplay;
    return make(display, `+${digits}${extSuffix}`, 'international');
  }

  const national = digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
  if (national.length === 10) {
    // NANP: area code and exchange never start with 0 or 1.
    if (!/^[2-9]\d{2}[2-9]\d{6}$/.test(national)) return null;
    const grouped = `${digits.length === 11 ? '1-' : ''}${national.slice(0, 3)}-${national.slice(3, 6)}-${national.slice(6)}`;
    // Letters and digits mixed in the last four ("Ol42") are look-alikes, not a vanity word.
    if (hasLetters && !/^(\d+|[a-z]+)$/i.test(raw.replace(/\W/g, '').slice(-4))) return null;
    // A vanity number shows the digits it dials too: "1-800-FLOWERS (1-800-356-9377)".
    return make((hasLetters ? `${raw} (${grouped})` : grouped) + extDisplay, `+1${national}${extSuffix}`, 'us');
  }
  if (international || hasLetters || extension) return null;
  if (/^[2-9]11$/.test(digits)) return make(digits, digits, 'n11');
  if (/^[1-9]\d{4,5}$/.test(digits) && digits === raw.replace(/\s/g, '')) return make(digits, digits, 'short-code');
  return null;
}

function make(display: string, dial: string, kind: Phone['kind']): Phone {
  return { display, dial, tel: `tel:${dial}`, kind };
}

/**
 * Reads a phone-number attribute for a link. Absent: `null`. Present but not
 * dialable: `null` and one console error naming the element, the attribute and
 * the value, so a partner sees the mistake and no broken link is ever rendered.
 */
export function phoneAttribute(element: Element, attribute: string, value: string | null | undefined): Phone | null {
  if (value == null) return null;
  const phone = normalizePhone(value);
  if (!phone) {
    console.error(
      `<${element.localName}>: ${attribute}="${value}" is not a phone number that can be dialled (e.g. 1-844-363-1423, 877877, +52 55 1234 5678); no link is shown.`,
    );
  }
  return phone;
}

/** An `sms:` URL for a number or short code, with an optional prefilled body. */
export function smsHref(phone: Phone, body?: string | null): string {
  const target = phone.dial.split(';')[0];
  return body ? `sms:${target}?&body=${encodeURIComponent(body)}` : `sms:${target}`;
}

// Kept here too for the widgets that import it with the phone helpers; it lives in languages.ts (text direction).
export { isolateLtr } from './languages.js';
