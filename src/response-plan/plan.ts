/** The plan a visitor writes. It lives only in the element's memory: no storage, no request, no event carries it. */
export interface Contact {
  name: string;
  relation: string;
  phone: string;
}
export interface Child {
  name: string;
  school: string;
  pickup: string;
  pickupPhone: string;
  notes: string;
}
export interface Plan {
  me: { name: string; birth: string; country: string; anumber: string; languages: string; medical: string };
  contacts: Contact[];
  legal: { name: string; phone: string };
  community: { name: string; phone: string };
  children: Child[];
  docs: { passport: string; births: string; immigration: string; prescriptions: string; caregiver: string };
  checks: boolean[];
}

/** The checklist's length (the items are translated strings in the component). */
export const CHECKS = 6;
/** The longest text a field takes. */
export const MAX_LENGTH = 500;
/** At most this many emergency contacts and children. */
export const MAX_ROWS = 8;

export const emptyContact = (): Contact => ({ name: '', relation: '', phone: '' });
export const emptyChild = (): Child => ({ name: '', school: '', pickup: '', pickupPhone: '', notes: '' });

export function emptyPlan(): Plan {
  return {
    me: { name: '', birth: '', country: '', anumber: '', languages: '', medical: '' },
    contacts: [emptyContact(), emptyContact()],
    legal: { name: '', phone: '' },
    community: { name: '', phone: '' },
    children: [emptyChild()],
    docs: { passport: '', births: '', immigration: '', prescriptions: '', caregiver: '' },
    checks: Array<boolean>(CHECKS).fill(false),
  };
}

/** Reads a field by its path (`me.name`, `contacts.1.phone`). */
export function getField(plan: Plan, path: string): string {
  let value: unknown = plan;
  for (const key of path.split('.')) value = (value as Record<string, unknown>)?.[key];
  return typeof value === 'string' ? value : '';
}

/** A copy of the plan with one field changed (only fields that exist; the path comes from our own template). */
export function setField(plan: Plan, path: string, value: string): Plan {
  const copy = structuredClone(plan);
  const keys = path.split('.');
  const last = keys.pop()!;
  let target: unknown = copy;
  for (const key of keys) target = (target as Record<string, unknown>)?.[key];
  if (target && typeof (target as Record<string, unknown>)[last] === 'string') (target as Record<string, string>)[last] = value.slice(0, MAX_LENGTH);
  return copy;
}

/** Whether the visitor typed anything (the partner's presets do not count). */
export function isFilled(plan: Plan, presets: Plan): boolean {
  return JSON.stringify(plan) !== JSON.stringify(presets);
}

/**
 * An A-number is "A" and 8 or 9 digits; spaces and dashes are allowed. Empty is fine (it is optional).
 * Read by scanning, no regular expression over the visitor's text.
 */
export function isANumber(value: string): boolean {
  const compact = [...value.trim()].filter((c) => c !== ' ' && c !== '-').join('');
  if (!compact) return true;
  const digits = compact[0] === 'A' || compact[0] === 'a' ? compact.slice(1) : compact;
  return (digits.length === 8 || digits.length === 9) && [...digits].every((c) => c >= '0' && c <= '9');
}
