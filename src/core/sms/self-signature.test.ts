import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { extractLinks } from './extract-links.js';
import { toFoldedText } from './fold-text.js';
import { findSenderSignature, findSignature, isSelfNamedLink } from './self-signature.js';

const linkOf = (text: string) => {
  const [link] = extractLinks(text, toFoldedText(text));
  if (link === undefined) throw new Error(`no link in ${text}`);
  return link;
};

describe('findSignature', () => {
  it.each([
    ['PG&E: Your bill of $142.37 is due 03/28.', 'pge'],
    ['Thames Water: We are repairing a burst main near you.', 'thameswater'],
    ['United Airlines: Your flight UA1542 now departs 9:45 PM', 'unitedairlines'],
    ['Chart Prepared. Wish you a happy journey -IRCTC', 'irctc'],
    ['Sent Rs.2500.00 to SWIGGY. -HDFC Bank', 'hdfcbank'],
    ['RM0 TNB: Your electricity bill is RM132.40', 'tnb'], // Malaysia's RM0 prefix
  ])('%j signs as %j', (text, name) => {
    expect(findSignature(text)).toBe(name);
  });

  it.each([
    'hey: are you coming tonight', // too short? no: a chat line that starts with a word and a colon
    'Your parcel is waiting',
    'Re: 12',
    '',
  ])('%j has no signature that names an organisation of 3+ letters, or none at all', (text) => {
    const s = findSignature(text);
    if (s !== null) expect(s.length).toBeGreaterThanOrEqual(3);
    if (text === 'Your parcel is waiting' || text === '') expect(s).toBeNull();
  });

  test.prop([fc.string({ maxLength: 2000 })])(
    'is lower-case ASCII letters and digits, or null',
    (t) => {
      const s = findSignature(t);
      if (s !== null) expect(s).toMatch(/^[a-z0-9]{3,30}$/);
    },
  );

  it.each([
    "Tuition fee Rs 3000 for Aarav. You can GPay on this number itself. Thank you - Meena ma'am",
    'Rent is due on the 1st, usual account please - Mrs Naidoo',
    'Mr Bello: rent reminder for April',
    'Training moved to 5pm - Coach Dan',
  ])('%j signs as a person, not an organisation', (text) => {
    expect(findSignature(text)).toBeNull();
  });

  it('stays fast on 100 KB of near-signatures', () => {
    const text = `${'A'.repeat(29)} `.repeat(3500);
    const t0 = performance.now();
    findSignature(text);
    findSignature(`${text}-`);
    expect(performance.now() - t0).toBeLessThan(100);
  });
});

describe('isSelfNamedLink', () => {
  it.each([
    ['pge', 'Pay at pge.com/pay'],
    ['thameswater', 'see thameswater.co.uk/incidents'],
    ['unitedairlines', 'View options at united.com'],
    ['qantas', 'Manage at qantas.com/managebooking'],
    ['tnb', 'Pay via www.mytnb.com.my'], // the "my" portal of the name
    ['licind', 'Pay online at https://licindia.in'], // a DLT header cut to six characters
    ['du', 'Pay via https://du.ae/quickpay'], // a two-letter ID owns only its own label
    ['pawsclawsvets', 'Book online at pawsandclaws.co.uk/book'], // "Paws & Claws": the & spelt out
  ])('%s owns the link in %j', (sig, text) => {
    expect(isSelfNamedLink(linkOf(text), sig)).toBe(true);
  });

  it.each([
    ['pge', 'Pay at pge-billing.com/pay'], // more than the name
    ['unitedairlines', 'Rebook at unitedrebook.com'],
    ['qantas', 'Rebook at qantas.top'], // not a mainstream suffix
    ['thameswater', 'thameswater.co.uk.account-check.info/login'], // the name in a subdomain
    ['pge', 'http://203.0.113.9/pge'],
    ['usps', 'usps.com.evil.help'],
    ['hketoll', 'pay now: hketoll-pay.com'], // seven characters: no cut header, more than the name
    ['licind', 'licindiapay.com/renew'], // more than two past a cut header
    ['du', 'mydu.com/pay'], // nor "my" before it
    ['pawsclawsvets', 'pay at pawsandclaws-billing.com'], // more than the name, & or not
  ])('%s does not own the link in %j', (sig, text) => {
    expect(isSelfNamedLink(linkOf(text), sig)).toBe(false);
  });
});

describe('findSenderSignature', () => {
  it.each([
    ['TNB', 'tnb'],
    ['VM-BESCOM', 'bescom'],
    ['JD-ICICIB-S', 'icicib'],
    ['#WSD', 'wsd'],
    ['GEICO', 'geico'],
    ['du', 'du'],
  ])('%j signs as %j', (sender, name) => {
    expect(findSenderSignature(sender)).toBe(name);
  });

  it.each([undefined, '', 'X', '12345', `${'A'.repeat(40)}`])('%j signs as no one', (sender) => {
    expect(findSenderSignature(sender)).toBeNull();
  });

  test.prop([fc.string({ maxLength: 64 })])('is lower-case letters and digits, or null', (s) => {
    const name = findSenderSignature(s);
    if (name !== null) expect(name).toMatch(/^[a-z0-9]{2,30}$/);
  });
});
