import { describe, expect, it } from 'vitest';
import { formatNumberIt } from './numbers.ts';

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
