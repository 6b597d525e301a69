import { expect } from '@open-wc/testing';
import { VERSION } from '../src/internal/version.js';
import { defineElement } from '../src/internal/define.js';
import { WIDGETS } from '../src/widgets.mjs';

describe('package', () => {
  it('VERSION matches package.json, so the define guard can tell versions apart', async () => {
    const pkg = await (await fetch('/package.json')).json();
    expect(VERSION).to.equal(pkg.version);
  });

  it('defineElement skips a tag already defined, warning only when the version differs', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (m: string) => warnings.push(m);
    try {
      defineElement('ally-test-define', First);
      defineElement('ally-test-define', Second);
      expect(warnings).to.deep.equal([]);
      (customElements.get('ally-test-define') as unknown as { allyVersion: string }).allyVersion = '0.0.1';
      defineElement('ally-test-define', Second);
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('ally-test-define')).to.equal(First);
    expect(warnings[0]).to.contain('0.0.1');
  });

  it('every widget loads its strings as modules in the npm package (what an app’s bundler ships), and imports no @lit/localize', async () => {
    for (const w of WIDGETS) {
      const entry = await (await fetch(`/src/${w.folder}/${w.tag}.ts`)).text();
      expect(entry, `src/${w.folder}/${w.tag}.ts`).to.match(new RegExp(`import\\s*["']\\.\\./generated/strings/${w.messages}\\.(js|ts)["']`));
    }
    const pkg = await (await fetch('/package.json')).json();
    expect(pkg.dependencies, 'the widgets carry their own localization runtime').to.not.have.property('@lit/localize');
  });
});
