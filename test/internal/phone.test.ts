import { expect } from '@open-wc/testing';
import { normalizePhone, phoneAttribute, smsHref } from '../../src/internal/phone.js';

describe('normalizePhone', () => {
  it('reads US numbers in any punctuation as one dialable +1 number', () => {
    for (const input of ['1-844-363-1423', '(844) 363-1423', '844.363.1423', '+1 844 363 1423', '18443631423', 'tel:+18443631423']) {
      expect(normalizePhone(input)?.tel, input).to.equal('tel:+18443631423');
    }
  });

  it('shows US numbers grouped, keeping a leading 1 when the partner wrote one', () => {
    expect(normalizePhone('18443631423')?.display).to.equal('1-844-363-1423');
    expect(normalizePhone('(616) 555-0142')?.display).to.equal('616-555-0142');
  });

  it('dials vanity numbers by their keypad digits and shows them as written, with those digits', () => {
    const phone = normalizePhone('1-800-FLOWERS');
    expect(phone?.tel).to.equal('tel:+18003569377');
    expect(phone?.display).to.equal('1-800-FLOWERS (1-800-356-9377)');
  });

  it('keeps an extension for the dialer', () => {
    expect(normalizePhone('616-555-0142 ext. 12')?.tel).to.equal('tel:+16165550142;ext=12');
    expect(normalizePhone('616-555-0142 x12')?.display).to.equal('616-555-0142 ext. 12');
  });

  it('accepts SMS short codes and N11 services', () => {
    expect(normalizePhone('877877')).to.include({ tel: 'tel:877877', kind: 'short-code', display: '877877' });
    expect(normalizePhone('211')).to.include({ tel: 'tel:211', kind: 'n11' });
  });

  it('accepts international numbers that start with +', () => {
    expect(normalizePhone('+52 55 1234 5678')).to.include({ tel: 'tel:+525512345678', display: '+52 55 1234 5678', kind: 'international' });
  });

  it('rejects what cannot be dialled', () => {
    for (const input of ['', 'call us', '123', '555-0142', '044-363-1423', '+12', '1-844-363-14234', 'javascript:alert(1)', '844-363-1423<script>', null, undefined]) {
      expect(normalizePhone(input as string), String(input)).to.equal(null);
    }
  });

  it('builds sms: links with an encoded body', () => {
    expect(smsHref(normalizePhone('877877')!, 'ICE here & now')).to.equal('sms:877877?&body=ICE%20here%20%26%20now');
    expect(smsHref(normalizePhone('616-555-0142')!)).to.equal('sms:+16165550142');
  });

  it('reads a phone attribute: absent is silent, a bad value is one console error naming element, attribute and value', () => {
    const el = document.createElement('ally-five-ds');
    const errors: string[] = [];
    const error = console.error;
    console.error = (m: string) => errors.push(m);
    try {
      expect(phoneAttribute(el, 'hotline', undefined)).to.equal(null);
      expect(phoneAttribute(el, 'hotline', '616-555-0142')?.tel).to.equal('tel:+16165550142');
      expect(errors).to.deep.equal([]);
      expect(phoneAttribute(el, 'hotline', 'call us')).to.equal(null);
    } finally {
      console.error = error;
    }
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('<ally-five-ds>: hotline="call us"');
  });
});
