import { expect } from '@open-wc/testing';
import { VERSION } from '../src/internal/version.js';
import { defineElement } from '../src/internal/define.js';

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
});
