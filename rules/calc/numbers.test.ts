import { describe, expect, it } from 'vitest';
import { countWord, formatNumberIt, sameHours } from './numbers.ts';

describe('formatNumberIt', () => {
  it.each([
    [5.2, 2, '5,2'], // the seed's 5,2 full-time equivalents
    [160, 2, '160'],
    [7.125, 2, '7,13'],
    [0.33333, 4, '0,3333'],
    [12.6, 4, '12,6'],
    [0, 2, '0'],
  ])('%s with at most %s decimals → %s', (value, decimals, text) => expect(formatNumberIt(value, decimals)).toBe(text));
  it('two decimals unless told', () => expect(formatNumberIt(1 / 3)).toBe('0,33'));
});

describe('sameHours: to the hundredth, as the portals take hours and the messages show them', () => {
  it.each([
    [1.1 + 2.2, 3.3, true], // a floating-point sum: 3.3000000000000003
    [7.12, 7.124, true],
    [7.12, 7.125, false], // shown as 7,13
    [7.115, 7.1249, true], // both shown as 7,12
    [7.11, 7.12, false],
    [0, 0.004, true],
    [0, 0.01, false],
  ])('%s and %s → %s', (a, b, same) => {
    expect(sameHours(a, b)).toBe(same);
    expect(sameHours(b, a)).toBe(same);
    expect(formatNumberIt(a) === formatNumberIt(b)).toBe(same);
  });
});

describe('countWord', () => {
  it.each([
    [0, '0 bozze'],
    [1, '1 bozza'],
    [2, '2 bozze'],
  ])('%s → %s', (n, text) => expect(countWord(n, 'bozza', 'bozze')).toBe(text));
});
