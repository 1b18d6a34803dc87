import { describe, expect, it } from 'vitest';
import { normalizeOrigin } from './config.ts';

describe('the team server\'s address', () => {
  it('is reduced to its origin', () => {
    expect(normalizeOrigin(' https://studio.example.it:8787/api/ ')).toBe('https://studio.example.it:8787');
    expect(normalizeOrigin('http://127.0.0.1:8787/')).toBe('http://127.0.0.1:8787');
    expect(normalizeOrigin('http://localhost:8787')).toBe('http://localhost:8787');
  });

  it('is refused over plain http unless it is this computer: the password and the token would cross the network in clear', () => {
    expect(normalizeOrigin('http://studio.example.it')).toBeNull();
    expect(normalizeOrigin('http://192.168.1.20:8787')).toBeNull();
    expect(normalizeOrigin('http://127.0.0.1.example.it:8787')).toBeNull();
  });

  it('is refused when it is not a web address', () => {
    for (const text of ['', 'studio.example.it', 'ftp://studio.example.it', 'javascript:alert(1)', 'file:///etc/passwd']) expect(normalizeOrigin(text), text).toBeNull();
  });
});
