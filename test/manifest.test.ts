/**
 * custom-elements.json (built by `npm run build` from
 * custom-elements-manifest.config.mjs) tells the truth: one definition per
 * registered widget, in the shipped lib/ file that registers it; exactly the
 * attributes each element observes, the common ones once on AllyElement; only
 * `ally-*` events; and the README's attribute tables say the same.
 */
import { expect } from '@open-wc/testing';
import { COMMON_ATTRIBUTES, WIDGETS } from '../src/widgets.mjs';
import '../src/ally-widgets.js';

interface Attribute {
  name: string;
  fieldName?: string;
  description?: string;
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  superclass?: { name: string; module?: string; package?: string };
  attributes?: Attribute[];
  members?: { name: string; privacy?: string }[];
  events?: { name: string }[];
}
interface Module {
  path: string;
  declarations?: Declaration[];
  exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[];
}

const manifest: { modules: Module[] } = await (await fetch('/custom-elements.json')).json();
const readme: string = await (await fetch('/README.md')).text();

function declaration(ref: { name: string; module?: string }): Declaration | undefined {
  return manifest.modules.find((m) => m.path === ref.module)?.declarations?.find((d) => d.name === ref.name);
}

/** The attribute names in the first `| attribute | … |` table after the heading line that matches `heading`. */
function readmeAttributes(heading: RegExp): string[] {
  const lines = readme.split('\n');
  let i = lines.findIndex((line) => heading.test(line));
  if (i < 0) return [];
  while (i < lines.length && !lines[i].startsWith('| attribute')) i++;
  const names: string[] = [];
  for (i += 2; i < lines.length && lines[i].startsWith('|'); i++) names.push(/^\| `([\w-]+)`/.exec(lines[i])?.[1] ?? lines[i]);
  return names;
}

const base = manifest.modules.find((m) => m.path === 'lib/internal/ally-element.js')?.declarations?.find((d) => d.name === 'AllyElement');
const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => ({ module: m.path, ...e })));

describe('custom-elements.json', () => {
  it('documents the common attributes and event once, on AllyElement, as the README does', () => {
    expect(base, 'AllyElement in lib/internal/ally-element.js').to.exist;
    expect(base!.attributes!.map((a) => a.name)).to.deep.equal([...COMMON_ATTRIBUTES]);
    for (const a of base!.attributes!) expect(a.description, a.name).to.be.a('string').and.not.equal('');
    expect(base!.events!.map((e) => e.name)).to.deep.equal(['ally-language-change']);
    expect(readmeAttributes(/^### Attributes every widget accepts$/)).to.deep.equal([...COMMON_ATTRIBUTES]);
  });

  it('defines exactly the registered tags, and every module path is a shipped lib/ file', async () => {
    expect(definitions.map((d) => d.name).sort()).to.deep.equal(WIDGETS.map((w) => w.tag).sort());
    for (const module of manifest.modules) {
      expect(module.path, module.path).to.match(/^lib\/.*\.js$/);
      expect((await fetch(`/${module.path}`, { method: 'HEAD' })).ok, `${module.path} is not built`).to.equal(true);
    }
  });

  for (const w of WIDGETS) {
    it(`<${w.tag}>: its public attributes, properties and events, the README table alike`, () => {
      const definition = definitions.find((d) => d.name === w.tag);
      expect(definition?.module, 'the module that registers it').to.equal(`lib/${w.folder}/${w.tag}.js`);
      const element = declaration(definition!.declaration)!;
      expect(element.tagName).to.equal(w.tag);
      expect(element.superclass).to.deep.equal({ name: 'AllyElement', module: 'lib/internal/ally-element.js' });

      const own = (element.attributes ?? []).map((a) => a.name);
      const observed = (customElements.get(w.tag) as unknown as { observedAttributes: string[] }).observedAttributes;
      expect([...own, ...COMMON_ATTRIBUTES].sort(), 'the attributes the element observes').to.deep.equal([...observed].sort());
      for (const a of element.attributes ?? []) expect(a.description, `${a.name} has no description (@attr)`).to.be.a('string').and.not.equal('');
      expect((element.members ?? []).filter((m) => m.privacy && m.privacy !== 'public'), 'private members').to.deep.equal([]);
      for (const e of element.events ?? []) expect(e.name).to.match(/^ally-[a-z-]+$/);

      expect(readmeAttributes(new RegExp(`^### .*\`<${w.tag}>\`$`)).sort(), 'README attribute table').to.deep.equal([...own].sort());
    });
  }
});
