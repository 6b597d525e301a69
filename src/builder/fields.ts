// Which control each attribute gets, from its manifest type and name: a menu
// for an enumeration, a checkbox for a boolean, a number field, and for
// strings the kind their name says. A new attribute named by these
// conventions gets the right control without builder code.
import type { AttributeInfo } from './catalog.js';

export type Kind = 'select' | 'boolean' | 'number' | 'colour' | 'phone' | 'url' | 'language' | 'languages' | 'date' | 'text';

/** Attributes that hold a phone number: `number`, `sms`, `hotline`, `…-phone`. */
const PHONE = /^(number|sms|hotline)$|-phone$/;
/** Attributes that hold a web address: `src`, `contact`, `…-url`. */
const URL_NAME = /^(src|contact)$|-url$/;

export function kindOf(attribute: AttributeInfo): Kind {
  if (attribute.options) return 'select';
  if (attribute.type === 'boolean') return 'boolean';
  if (attribute.type === 'number') return 'number';
  if (attribute.name === 'accent') return 'colour';
  if (attribute.name === 'lang') return 'language';
  if (attribute.name === 'languages') return 'languages';
  if (PHONE.test(attribute.name)) return 'phone';
  if (URL_NAME.test(attribute.name)) return 'url';
  if (/ISO date|YYYY-MM-DD/.test(attribute.description)) return 'date';
  return 'text';
}

/** The range a number attribute's description starts with ("2–6: …"). */
export function numberRange(attribute: AttributeInfo): [number, number] | undefined {
  const range = /^(\d+)\s*[–-]\s*(\d+)/.exec(attribute.description);
  return range ? [Number(range[1]), Number(range[2])] : undefined;
}

/** Whether an e-mail address is accepted too (the description says so). */
export const takesEmail = (attribute: AttributeInfo): boolean => /e-mail/i.test(attribute.description);
