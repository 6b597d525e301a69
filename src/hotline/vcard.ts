/** What goes on the contact card a visitor saves. */
export interface HotlineContact {
  name: string;
  org?: string | null;
  /** Dialable number, e.g. `+18443631423`. */
  tel?: string | null;
  /** SMS number or short code. */
  sms?: string | null;
  note?: string | null;
}

/**
 * Escapes a vCard text value (RFC 2426 §5, RFC 6350 §3.4: backslash, comma,
 * semicolon, line break). Every kind of line break (CRLF, a lone CR or LF,
 * vertical tab, form feed, NEL, U+2028, U+2029) becomes `\n`, since some
 * contacts apps end a line at any of them and would read what follows as a
 * new field (`TEL:`, `URL:`); other control characters are dropped.
 */
function escapeValue(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/\r\n|[\n\v\f\r\u0085\u2028\u2029]/g, '\\n')
    .replace(/[\0-\x08\x0e-\x1f\x7f]/g, '')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;');
}

/** A vCard 3.0 the phone's contacts app imports; built in the page, never sent anywhere. */
export function buildVCard(contact: HotlineContact): string {
  const lines = ['BEGIN:VCARD', 'VERSION:3.0', `FN:${escapeValue(contact.name)}`, `N:${escapeValue(contact.name)};;;;`];
  if (contact.org) lines.push(`ORG:${escapeValue(contact.org)}`);
  if (contact.tel) lines.push(`TEL;TYPE=VOICE:${contact.tel.replace(/;ext=/, ',')}`);
  if (contact.sms && contact.sms !== contact.tel) lines.push(`TEL;TYPE=TEXT:${contact.sms}`);
  if (contact.note) lines.push(`NOTE:${escapeValue(contact.note)}`);
  lines.push('END:VCARD');
  return lines.join('\r\n') + '\r\n';
}

/** Offers `text` as a file download without any network request (a `blob:` URL made and revoked in the page). */
export function downloadFile(text: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
