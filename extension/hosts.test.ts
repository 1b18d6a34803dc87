import { describe, expect, it } from 'vitest';
import { originPattern } from './hosts.ts';

describe('the team server’s match pattern', () => {
  it('has scheme and host but no port (Firefox refuses one; Chrome then matches any port)', () => {
    expect(originPattern('http://127.0.0.1:8787')).toBe('http://127.0.0.1/*');
    expect(originPattern('https://studio.example.it:8443', '/replica/*')).toBe('https://studio.example.it/replica/*');
    expect(originPattern('https://studio.example.it')).toBe('https://studio.example.it/*');
    expect(originPattern('http://[::1]:8787')).toBe('http://[::1]/*');
  });
});
