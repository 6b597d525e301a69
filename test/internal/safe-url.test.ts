import { expect } from '@open-wc/testing';
import { safeHref } from '../../src/internal/safe-url.js';
import { safeMailto, safeWebsite } from '../../src/internal/web-address.js';

describe('URL allow-list', () => {
  it('lets http, https, tel, sms and mailto through', () => {
    expect(safeHref('https://example.org/a?b=1')).to.equal('https://example.org/a?b=1');
    expect(safeHref('http://example.org/')).to.equal('http://example.org/');
    expect(safeHref('tel:+18443631423')).to.equal('tel:+18443631423');
    expect(safeHref('sms:877877')).to.equal('sms:877877');
    expect(safeHref('mailto:help@example.org')).to.equal('mailto:help@example.org');
  });

  it('never lets script or data URLs through, whatever their case or padding', () => {
    for (const bad of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\nscript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', 'file:///etc/passwd', 'blob:https://x/1']) {
      expect(safeHref(bad), bad).to.equal(undefined);
    }
    expect(safeHref(undefined)).to.equal(undefined);
  });

  it('accepts only web links as websites, reading bare domains as https', () => {
    expect(safeWebsite('unitedwedream.org')).to.equal('https://unitedwedream.org/');
    expect(safeWebsite('https://example.org/x')).to.equal('https://example.org/x');
    expect(safeWebsite('mailto:a@b.org')).to.equal(undefined);
    expect(safeWebsite('javascript:alert(1)')).to.equal(undefined);
    expect(safeWebsite('not a url')).to.equal(undefined);
  });

  it('turns plausible e-mail addresses into mailto links only', () => {
    expect(safeMailto('help@example.org')).to.equal('mailto:help@example.org');
    expect(safeMailto('nope')).to.equal(undefined);
    expect(safeMailto('a@b.org?bcc=x@y.org"><script>')).to.equal(undefined);
  });
});
