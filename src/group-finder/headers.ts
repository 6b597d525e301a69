// Column headers people actually write in a spreadsheet of groups ("Phone
// Number", "ZIP Code", "Languages Spoken", "Immigrant-Led?", "Teléfono" …),
// mapped to the feed's fields. Matching ignores case, accents, spaces and
// punctuation, so "E-mail Address", "email address" and "EMAIL_ADDRESS" are
// the same header. The README's table of accepted headers is this table
// (a test keeps them equal).

/** Every field of a group record, in the order the README documents them. */
export const FIELDS = [
  'name',
  'description',
  'city',
  'state',
  'zip',
  'lat',
  'lng',
  'phone',
  'hotline',
  'email',
  'website',
  'services',
  'languages',
  'immigrant_led',
  'national',
  'verified',
  'lang',
] as const;
export type Field = (typeof FIELDS)[number];

/** Other headers accepted for each field, as people write them (English, then Spanish). */
export const HEADER_ALIASES: Readonly<Record<Field, readonly string[]>> = {
  name: ['Organization', 'Organisation', 'Organization Name', 'Group', 'Group Name', 'Org', 'Nombre', 'Organización', 'Nombre de la organización', 'Grupo'],
  description: ['About', 'Summary', 'What we do', 'Descripción'],
  city: ['Town', 'Ciudad'],
  state: ['ST', 'Estado'],
  zip: ['ZIP Code', 'Zipcode', 'Zip/Postal Code', 'Postal Code', 'Postcode', 'Código postal', 'Código ZIP'],
  lat: ['Latitude', 'Latitud'],
  lng: ['Lon', 'Long', 'Longitude', 'Longitud'],
  phone: ['Phone Number', 'Telephone', 'Telephone Number', 'Tel', 'Teléfono', 'Número de teléfono'],
  hotline: ['Hotline Number', 'Emergency Line', 'Rapid Response Line', 'Línea de emergencia'],
  email: ['E-mail', 'Email Address', 'E-mail Address', 'Correo', 'Correo electrónico'],
  website: ['Web site', 'Web', 'URL', 'Sitio web', 'Página web'],
  services: ['Service', 'Services Offered', 'Servicios'],
  languages: ['Language', 'Languages Spoken', 'Idiomas', 'Idioma'],
  immigrant_led: ['Immigrant-led?', 'Immigrant led', 'Led by immigrants', 'Dirigido por inmigrantes'],
  national: ['Nationwide', 'Nacional'],
  verified: ['Last Verified', 'Date Verified', 'Verified On', 'Last Checked', 'Last Updated', 'Verificado', 'Fecha de verificación', 'Última verificación'],
  lang: ['Text language', 'Written in', 'Idioma del texto'],
};

/** A header reduced to what matters: lowercase letters and digits, without accents ("Immigrant-Led?" → "immigrantled"). */
export const headerKey = (header: string): string =>
  header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

let byKey: Map<string, Field> | undefined;
const fieldNames = new Map<string, string>();

/** Column or key name → field, or '' for a column the widget does not use. */
export function fieldName(header: string): string {
  let name = fieldNames.get(header);
  if (name === undefined) {
    if (!byKey) {
      byKey = new Map();
      for (const field of FIELDS) for (const alias of [field, ...HEADER_ALIASES[field]]) byKey.set(headerKey(alias), field);
    }
    fieldNames.set(header, (name = byKey.get(headerKey(header)) ?? ''));
  }
  return name;
}

/** The field a header that was not understood seems to mean, when one of its words names a field ("Main phone line" → phone). */
export function suggestion(header: string): Field | undefined {
  const words = header.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/[^a-z0-9]+/);
  // Not name, lat or lng: "Contact name" or "Long-term programs" are not the group's name or a longitude.
  const field = words.map(fieldName).find((f) => f && !['name', 'lat', 'lng'].includes(f));
  return field ? (field as Field) : undefined;
}

/**
 * One warning for the partner's console naming every column that was not
 * used (blank headers aside) and the names that would be; '' when every
 * column was used.
 */
export function unusedColumnsWarning(headers: readonly string[]): string {
  const unused = [...new Set(headers.map((h) => h.trim()).filter((h) => h && !fieldName(h)))];
  if (!unused.length) return '';
  const named = unused.map((h) => {
    const field = suggestion(h);
    return `"${h}"${field ? ` (to use it as ${field}, name the column "${field}")` : ''}`;
  });
  const accepted = FIELDS.map((f) => `${f} (${HEADER_ALIASES[f].join(', ')})`).join('; ');
  return (
    `${unused.length === 1 ? 'this column was' : `these ${unused.length} columns were`} not used: ${named.join(', ')}. ` +
    `Columns it reads (any case, accents, spaces or punctuation): ${accepted}`
  );
}
