import { expect } from '@open-wc/testing';
import { FIELDS, HEADER_ALIASES, fieldName, unusedColumnsWarning } from '../../src/group-finder/headers.js';
import { loadGroups } from '../../src/group-finder/data.js';
import { captureConsole } from '../helpers.js';

/** Headers seen in partners' own sheets, as they wrote them → the field each must fill. */
const WRITTEN: [string, string][] = [
  ['Organization', 'name'],
  ['Group', 'name'],
  ['Nombre', 'name'],
  ['Organization Name', 'name'],
  ['Phone', 'phone'],
  ['Phone Number', 'phone'],
  ['Telephone', 'phone'],
  ['Tel', 'phone'],
  ['Tel.', 'phone'],
  ['Teléfono', 'phone'],
  ['TELEFONO', 'phone'],
  ['ZIP', 'zip'],
  ['ZIP Code', 'zip'],
  ['Zip/Postal Code', 'zip'],
  ['Postal Code', 'zip'],
  ['Código postal', 'zip'],
  ['Email', 'email'],
  ['E-mail Address', 'email'],
  ['Correo', 'email'],
  ['Correo electrónico', 'email'],
  ['Website', 'website'],
  ['Web site', 'website'],
  ['URL', 'website'],
  ['Sitio web', 'website'],
  ['Languages', 'languages'],
  ['Languages Spoken', 'languages'],
  ['Idiomas', 'languages'],
  ['Verified', 'verified'],
  ['Last Verified', 'verified'],
  ['Date Verified', 'verified'],
  ['Immigrant-led?', 'immigrant_led'],
  ['Immigrant-Led?', 'immigrant_led'],
  ['Immigrant led', 'immigrant_led'],
  ['immigrant_led', 'immigrant_led'],
  [' Latitude ', 'lat'],
  ['Longitude', 'lng'],
  ['Services Offered', 'services'],
  ['Servicios', 'services'],
  ['Ciudad', 'city'],
  ['Estado', 'state'],
  ['Descripción', 'description'],
];

/** A CSV as a published Google Sheet of a partner with human headers serves it, as a URL the loader fetches. */
const sheetUrl = (csv: string) => URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));

describe('group finder: spreadsheet headers', () => {
  it('understands the headers people write, in English and Spanish, ignoring case, accents, spaces and punctuation', () => {
    expect(WRITTEN.map(([header]) => `${header} → ${fieldName(header)}`)).to.deep.equal(WRITTEN.map(([header, field]) => `${header} → ${field}`));
  });

  it('maps every field name and every documented alias to its field, and no alias to two fields', () => {
    const seen = new Map<string, string>();
    for (const field of FIELDS) {
      for (const header of [field, ...HEADER_ALIASES[field]]) {
        expect(fieldName(header), header).to.equal(field);
        const key = header.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]/g, '');
        expect(seen.get(key) ?? field, `${header} is also an alias of ${seen.get(key)}`).to.equal(field);
        seen.set(key, field);
      }
    }
  });

  it('leaves out columns it does not use', () => {
    expect(['Notes', 'Contact person', 'Timestamp', ''].map(fieldName)).to.deep.equal(['', '', '', '']);
  });

  it('reads a partner’s sheet with human headers: call links, distances, languages, dates and immigrant-led all kept', async () => {
    const csv =
      'Organization,Phone Number,E-mail Address,Web site,ZIP Code,Languages Spoken,Last Verified,Immigrant-Led?,Notes\n' +
      'Iglesia San José,(616) 555-0142,hola@example.org,example.org,49503,Spanish;English,11/21/2026,Yes,call first\n';
    const src = sheetUrl(csv);
    let result!: Awaited<ReturnType<typeof loadGroups>>;
    const warnings = await captureConsole('warn', async () => (result = await loadGroups({ src, timeout: 60_000, tag: 'ally-group-finder' })));
    URL.revokeObjectURL(src);
    expect(result.failed).to.equal(undefined);
    const g = result.groups[0];
    expect(g.name).to.equal('Iglesia San José');
    expect(g.phone!.tel).to.equal('tel:+16165550142');
    expect(g.email).to.equal('hola@example.org');
    expect(g.website).to.equal('example.org');
    expect(g.zip).to.equal('49503');
    expect(g.languages).to.deep.equal(['es', 'en']);
    expect(g.verified).to.equal('2026-11-21');
    expect(g.immigrantLed).to.equal(true);
    // One warning, naming the one column not used.
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('this column was not used: "Notes"').and.contain('zip (ZIP Code');
  });

  it('fills a field from a second column for the same thing when the first is empty', async () => {
    const src = sheetUrl('Name,Phone,Telephone\nA,,616-555-0142\nB,616-555-0100,616-555-0199\n');
    const result = await loadGroups({ src, timeout: 60_000, tag: 'ally-group-finder' });
    URL.revokeObjectURL(src);
    expect(result.groups.map((g) => g.phone?.tel)).to.deep.equal(['tel:+16165550142', 'tel:+16165550100']);
  });

  it('warns once, naming every unused column and the names that would be used', async () => {
    const src = sheetUrl('Group,Main phone line,Contact Email,Notes,Timestamp\nA,616-555-0142,a@example.org,x,y\n');
    let result!: Awaited<ReturnType<typeof loadGroups>>;
    const warnings = await captureConsole('warn', async () => (result = await loadGroups({ src, timeout: 60_000, tag: 'ally-group-finder' })));
    URL.revokeObjectURL(src);
    expect(result.groups[0].name).to.equal('A');
    expect(warnings).to.have.length(1);
    const warning = warnings[0];
    expect(warning).to.match(/^<ally-group-finder>: src="blob:/);
    expect(warning).to.contain('these 4 columns were not used: "Main phone line" (to use it as phone, name the column "phone"), "Contact Email" (to use it as email, name the column "email"), "Notes", "Timestamp"');
    for (const field of FIELDS) expect(warning).to.contain(field);
    expect(warning).to.contain('Teléfono').and.contain('Código postal');
  });

  it('says nothing when every column is used', () => {
    expect(unusedColumnsWarning(['Name', 'Phone Number', '', 'ZIP Code'])).to.equal('');
  });

  it('names the accepted headers for the name column when a sheet has none', async () => {
    const src = sheetUrl('Title,Phone\nA,616-555-0142\n');
    const warnings = await captureConsole('warn', () => loadGroups({ src, timeout: 60_000, tag: 'ally-group-finder' }));
    URL.revokeObjectURL(src);
    expect(warnings.join('\n')).to.contain('has no "name" column').and.contain('Organization, Group or Nombre');
  });

  it('reads human keys in a JSON feed too', async () => {
    const src = URL.createObjectURL(new Blob([JSON.stringify([{ Nombre: 'Grupo', Teléfono: '616-555-0142', Idiomas: 'es' }])], { type: 'application/json' }));
    const result = await loadGroups({ src, timeout: 60_000, tag: 'ally-group-finder' });
    URL.revokeObjectURL(src);
    expect(result.groups[0]).to.deep.include({ name: 'Grupo', languages: ['es'] });
    expect(result.groups[0].phone!.tel).to.equal('tel:+16165550142');
  });

  it('is documented: the README lists every field with exactly these accepted headers', async () => {
    const readme = (await (await fetch('/README.md')).text()).split('\n');
    const start = readme.indexOf('| field | headers that also work |');
    expect(start, 'README table of accepted headers').to.be.above(-1);
    const rows = new Map<string, string>();
    for (const line of readme.slice(start + 2)) {
      const cells = /^\| `(\w+)` \| (.*) \|$/.exec(line);
      if (!cells) break;
      rows.set(cells[1], cells[2]);
    }
    expect([...rows.keys()]).to.deep.equal([...FIELDS]);
    for (const field of FIELDS) expect(rows.get(field), field).to.equal(HEADER_ALIASES[field].join(', '));
  });
});
