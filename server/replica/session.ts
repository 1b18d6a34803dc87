/**
 * Trainee sessions: one random id per browser, in an HttpOnly SameSite=Lax
 * cookie scoped to /replica. Everything a trainee types is stored under it,
 * so one trainee never sees another's work.
 */
import { randomBytes } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';

export const SESSION_COOKIE = 'cigd_replica';

export type ReplicaEnv = { Variables: { session: string } };

const VALID = /^[a-f0-9]{32}$/;

export function newSessionId(): string {
  return randomBytes(16).toString('hex');
}

export const traineeSession: MiddlewareHandler<ReplicaEnv> = async (c, next) => {
  let id = getCookie(c, SESSION_COOKIE);
  if (!id || !VALID.test(id)) {
    id = newSessionId();
    setCookie(c, SESSION_COOKIE, id, { httpOnly: true, sameSite: 'Lax', path: '/replica' });
  }
  c.set('session', id);
  await next();
};
