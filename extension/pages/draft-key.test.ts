import { describe, expect, it } from 'vitest';
import { companyCode, draftKey } from './draft-key.ts';

describe('companyCode', () => {
  it.each([
    ['01234567897', '01234567897'],
    [' 01234567897 ', '01234567897'],
    ['rssmra80a01l219x', 'RSSMRA80A01L219X'],
    ['0123456789', ''], // ten digits: still being typed, or loading
    ['012345678970', ''],
    ['RSSMRA80A01L219', ''],
    ['', ''],
    [undefined, ''],
  ])('%j is the key part %j', (text, code) => {
    expect(companyCode(text)).toBe(code);
  });
});

describe('draftKey', () => {
  it('a domanda is its address without the query', () => {
    expect(draftKey('aminder-domanda', new URL('https://aminder.example/aminder/domanda/7?scenario=s1'), '')).toBe('aminder:https://aminder.example/aminder/domanda/7');
  });

  it('GECO’s one company page is one draft per company', () => {
    const url = new URL('https://geco.example/comonlweb/dettaglio-azienda');
    expect(draftKey('geco-azienda', url, '01234567897')).toBe('geco:https://geco.example/comonlweb/dettaglio-azienda#cf=01234567897');
    expect(draftKey('geco-azienda', url, '86334519757')).not.toBe(draftKey('geco-azienda', url, '01234567897'));
    expect(draftKey('geco-azienda', url, '')).toBe('geco:https://geco.example/comonlweb/dettaglio-azienda');
  });

  it('a company code on another page does not change its key', () => {
    expect(draftKey('aminder-domanda', new URL('https://aminder.example/aminder/domanda/7'), '01234567897')).toBe('aminder:https://aminder.example/aminder/domanda/7');
  });
});
