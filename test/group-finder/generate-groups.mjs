// Made-up groups for speed tests and the "10,000 records" story: plausible
// names, places across the US and every field filled in, never real.
const CITIES = [
  ['Grand Rapids', 'MI', '49503', 42.96, -85.67],
  ['Detroit', 'MI', '48201', 42.35, -83.06],
  ['Chicago', 'IL', '60608', 41.85, -87.67],
  ['Houston', 'TX', '77002', 29.76, -95.36],
  ['San Antonio', 'TX', '78207', 29.42, -98.52],
  ['El Paso', 'TX', '79901', 31.76, -106.49],
  ['Phoenix', 'AZ', '85003', 33.45, -112.08],
  ['Tucson', 'AZ', '85701', 32.22, -110.97],
  ['Los Angeles', 'CA', '90012', 34.06, -118.24],
  ['Fresno', 'CA', '93721', 36.74, -119.79],
  ['New York', 'NY', '10002', 40.72, -73.99],
  ['Newark', 'NJ', '07102', 40.74, -74.17],
  ['Miami', 'FL', '33130', 25.77, -80.2],
  ['Atlanta', 'GA', '30303', 33.75, -84.39],
  ['Denver', 'CO', '80204', 39.74, -105.0],
  ['Seattle', 'WA', '98104', 47.6, -122.33],
  ['Minneapolis', 'MN', '55404', 44.96, -93.26],
  ['Charlotte', 'NC', '28202', 35.23, -80.84],
  ['Boston', 'MA', '02119', 42.32, -71.08],
  ['Nashville', 'TN', '37211', 36.07, -86.72],
];
const WORDS = ['Iglesia', 'Comunidad', 'Unidos', 'Esperanza', 'Solidarity', 'Sanctuary', 'Neighbors', 'Familias', 'Justice', 'Welcome', 'Puentes', 'Caminos', 'Alianza', 'Voces', 'Raíces', 'Centro'];
const KINDS = ['Network', 'Coalition', 'Project', 'Committee', 'Collective', 'Ministry', 'Center', 'Fund'];
const SERVICES = ['legal', 'rapid-response', 'accompaniment', 'sanctuary', 'bail-fund', 'mutual-aid', 'ally-training', 'daca-tps', 'food', 'education'];
const LANGUAGES = ['en', 'es', 'ht', 'vi', 'zh-Hans', 'ar', 'fr', 'pt', 'ko', 'tl'];

/** `n` groups as plain records (the JSON feed shape), deterministic. */
export function generateGroups(n) {
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const groups = [];
  for (let i = 0; i < n; i++) {
    const [city, state, zip, lat, lng] = pick(CITIES);
    const name = `${pick(WORDS)} ${pick(WORDS)} ${pick(KINDS)} ${i + 1}`;
    groups.push({
      name,
      description: `Volunteers in ${city} who help immigrant families: ${pick(['accompaniment to check-ins', 'know-your-rights workshops', 'a rapid-response line', 'rides and meals', 'legal clinics'])}. José and María coordinate.`,
      city,
      state,
      zip,
      lat: (lat + (rand() - 0.5) * 0.4).toFixed(4),
      lng: (lng + (rand() - 0.5) * 0.4).toFixed(4),
      phone: `(${pick(['616', '312', '713', '602', '213'])}) 555-01${String(i % 100).padStart(2, '0')}`, // 555-0100…0199: reserved for fiction
      email: `info${i}@example.org`,
      website: `https://example.org/group-${i}`,
      services: [pick(SERVICES), pick(SERVICES)].join(';'),
      languages: ['en', pick(LANGUAGES)].join(';'),
      immigrant_led: rand() < 0.4 ? 'yes' : 'no',
      national: 'no',
      verified: '2026-10-01',
    });
  }
  return groups;
}

const FIELDS = ['name', 'description', 'city', 'state', 'zip', 'lat', 'lng', 'phone', 'email', 'website', 'services', 'languages', 'immigrant_led', 'national', 'verified'];
const cell = (v) => (/[",\n\r]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v));

/** The same groups as CSV text (CRLF, like a spreadsheet export). */
export function groupsCsv(n) {
  return [FIELDS.join(','), ...generateGroups(n).map((g) => FIELDS.map((f) => cell(g[f] ?? '')).join(','))].join('\r\n') + '\r\n';
}
