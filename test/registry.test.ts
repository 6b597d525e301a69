/**
 * The widget registry (src/widgets.mjs) is the one list of widgets. These
 * tests fail when a widget is registered in one place and missing in another:
 * its files, package.json `exports`, the built dist/ file, the partner-page
 * cases, its message group, the README and the npm entry point.
 */
import { expect } from '@open-wc/testing';
import { BUDGETS, COMMON_ATTRIBUTES, WIDGETS } from '../src/widgets.mjs';
import { CASES } from './dist/widget-cases.js';
import { MESSAGE_GROUPS } from '../src/generated/message-groups.js';
import '../src/ally-widgets.js';

const exists = async (path: string) => (await fetch(path, { method: 'HEAD' })).ok;
const pkg = await (await fetch('/package.json')).json();
const readme: string = await (await fetch('/README.md')).text();
const tags: string[] = WIDGETS.map((w) => w.tag);

describe('widget registry', () => {
  it('names each widget once, with an ally- tag, a folder, a message group and a budget', () => {
    expect(new Set(tags).size, 'tags').to.equal(WIDGETS.length);
    expect(new Set(WIDGETS.map((w) => w.folder)).size, 'folders').to.equal(WIDGETS.length);
    expect(new Set(WIDGETS.map((w) => w.messages)).size, 'message groups').to.equal(WIDGETS.length);
    for (const w of WIDGETS) {
      expect(w.tag, w.tag).to.match(/^ally-[a-z]+(-[a-z]+)*$/);
      expect(w.folder, w.tag).to.match(/^[a-z]+(-[a-z]+)*$/);
      expect(w.messages, w.tag).to.match(/^[a-z][a-zA-Z]*$/);
      expect(w.budget, `${w.tag} budget`).to.be.within(1, 6 * 1024);
      for (const name of w.embed) expect(COMMON_ATTRIBUTES, `${w.tag}: ${name} is a common attribute, allowed anyway`).not.to.include(name);
    }
    expect(BUDGETS.loader).to.equal(2 * 1024);
  });

  for (const w of WIDGETS) {
    it(`<${w.tag}>: its source, test and story files exist`, async () => {
      for (const path of [`/src/${w.folder}/${w.tag}.ts`, `/src/${w.folder}/${w.folder}.component.ts`, `/test/${w.folder}.test.ts`, `/stories/${w.folder}.stories.ts`]) {
        expect(await exists(path), `${path} is missing`).to.equal(true);
      }
    });

    it(`<${w.tag}>: built into dist/ and exported by package.json`, async () => {
      expect(await exists(`/dist/${w.tag}.js`), `dist/${w.tag}.js`).to.equal(true);
      expect(pkg.exports[`./${w.tag}.js`], `package.json exports["./${w.tag}.js"]`).to.deep.equal({
        types: `./lib/${w.folder}/${w.tag}.d.ts`,
        default: `./lib/${w.folder}/${w.tag}.js`,
      });
    });

    it(`<${w.tag}>: registered by the npm entry point, with every embeddable attribute observed`, () => {
      const ctor = customElements.get(w.tag) as (CustomElementConstructor & { observedAttributes?: string[] }) | undefined;
      expect(ctor, `importing ally-widgets does not define <${w.tag}>`).to.exist;
      const observed = ctor!.observedAttributes ?? [];
      for (const name of [...COMMON_ATTRIBUTES, ...w.embed]) expect(observed, `<${w.tag}> does not observe ${name}`).to.include(name);
    });

    it(`<${w.tag}>: offered by dist/builder.html (its catalog, built from the registry and the manifest)`, async () => {
      const builder = await (await fetch('/dist/builder.js')).text();
      expect(builder, `dist/builder.js has no <${w.tag}>`).to.match(new RegExp(`"?tag"?\\s*:\\s*"${w.tag}"`));
    });

    it(`<${w.tag}>: has partner-page cases, strings and a README section`, () => {
      const cases = CASES.filter((c) => c.tag === w.tag);
      expect(cases.length, `no case for <${w.tag}> in test/dist/widget-cases.ts`).to.be.greaterThan(0);
      for (const c of cases) expect(c.widget, `${c.id}: widget= (embed.html) must be the registry folder`).to.equal(w.folder);
      expect(MESSAGE_GROUPS, `no message id starts with "${w.messages}."`).to.include(w.messages);
      expect(readme, `README has no "### … — \`<${w.tag}>\`" section`).to.match(new RegExp(`^### .*\`<${w.tag}>\`$`, 'm'));
    });
  }

  it('nothing names a widget the registry does not have', () => {
    const exported = Object.keys(pkg.exports).filter((key) => /^\.\/ally-[\w-]+\.js$/.test(key)).map((key) => key.slice(2, -3));
    expect(exported.sort(), 'package.json exports').to.deep.equal([...tags].sort());
    expect([...new Set(CASES.map((c) => c.tag))].filter((t) => !(tags as string[]).includes(t)), 'test/dist/widget-cases.ts').to.deep.equal([]);
    const groups = WIDGETS.map((w) => w.messages);
    expect(MESSAGE_GROUPS.filter((g) => g !== 'common' && !groups.includes(g)), 'message-id prefixes').to.deep.equal([]);
    const sections = [...readme.matchAll(/^### .*`<(ally-[\w-]+)>`$/gm)].map((m) => m[1]);
    expect(sections.filter((t) => !tags.includes(t)), 'README sections').to.deep.equal([]);
  });
});
