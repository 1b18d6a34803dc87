/**
 * Passwords (scrypt, random salt), session tokens (random, stored as SHA-256
 * only, expiring after 30 days unused), and the middleware every team route
 * uses: `requireAuth` then `requireTeam(roles?)`. Another team's resources
 * answer 404, so their existence is not revealed.
 */
import { hash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { ApiError, notFound } from './errors.ts';
import type { Role, Store, Team, User } from './store/types.ts';
import type { VerdictMemo } from './verdicts.ts';
import type { JsonEditMemo } from './json-edit-memo.ts';

export type AppEnv = {
  Variables: { store: Store; verdicts: VerdictMemo; draftTexts: JsonEditMemo; user: User; team: Team; role: Role; tokenHash: string; config: AppConfig };
};

export type AppConfig = {
  /** scrypt cost N (2^15 in production; tests may lower it). */
  scryptCost: number;
  sessionIdleDays: number;
  allowedOrigins: string[];
  /** How many reverse proxies stand in front of the server (CIGD_TRUST_PROXY); 0 = X-Forwarded-For is not believed. */
  trustedProxies: number;
};

export const DEFAULT_CONFIG: AppConfig = { scryptCost: 2 ** 15, sessionIdleDays: 30, allowedOrigins: [], trustedProxies: 0 };

/**
 * The caller's address, for the sign-in limit. X-Forwarded-For is written by
 * whoever sends the request, so it is believed only as far as the proxies we
 * were told of (CIGD_TRUST_PROXY): each appends the address it saw, so with n proxies the
 * client's is the n-th entry from the right; anything left of it is the
 * client's own say. With no proxy, or no header, the socket's peer.
 */
export function clientAddress(c: Context<AppEnv>): string {
  const { trustedProxies } = c.get('config');
  const peer: string | undefined = (c.env as any)?.incoming?.socket?.remoteAddress;
  if (trustedProxies > 0) {
    const hops = (c.req.header('x-forwarded-for') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
    if (hops.length > 0) return hops[Math.max(0, hops.length - trustedProxies)];
  }
  return peer ?? 'local';
}

function scryptAsync(password: string, salt: Buffer, N: number): Promise<Buffer> {
  return new Promise((ok, fail) =>
    scrypt(password.normalize('NFKC'), salt, 32, { N, r: 8, p: 1, maxmem: 128 * N * 8 * 2 }, (err, key) => (err ? fail(err) : ok(key))),
  );
}

/** "scrypt$N$salt$hash" (base64). */
export async function hashPassword(password: string, N: number): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(password, salt, N);
  return `scrypt$${N}$${salt.toString('base64')}$${key.toString('base64')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !salt || !hash) return false;
  const key = await scryptAsync(password, Buffer.from(salt, 'base64'), Number(n));
  const expected = Buffer.from(hash, 'base64');
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A new session token (256 random bits) and the hash that is stored. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return hash('sha256', token); // hex; one call, no Hash object: every request pays for it
}

export function idleLimit(now: Date, days: number): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString();
}

function bearer(header: string | undefined): string | null {
  const m = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return m ? m[1] : null;
}

export const requireAuth: MiddlewareHandler<AppEnv> = async (c, next) => {
  const token = bearer(c.req.header('authorization'));
  if (!token) throw new ApiError('unauthenticated', 'Accesso richiesto: effettua l\'accesso.');
  const now = new Date();
  const hash = hashToken(token);
  const user = await c.get('store').useSession(hash, now.toISOString(), idleLimit(now, c.get('config').sessionIdleDays));
  if (!user) throw new ApiError('unauthenticated', 'Sessione non valida o scaduta: effettua di nuovo l\'accesso.');
  c.set('user', user);
  c.set('tokenHash', hash);
  await next();
};

/**
 * The calendar feed's guard, on its GET route alone: calendar apps cannot send
 * headers, so the feed also accepts a calendar key (?key=, good for nothing
 * else); without one, a session as everywhere. Never a session's token in the
 * address: the address goes to the calendar provider's servers and to
 * proxies' logs, and a token there would open every route.
 */
export const requireAuthOrCalendarKey: MiddlewareHandler<AppEnv> = async (c, next) => {
  const calendarKey = c.req.query('key');
  if (!calendarKey) return requireAuth(c, next);
  const owner = await c.get('store').calendarKeyOwner(hashToken(calendarKey));
  if (!owner || owner.teamId !== c.req.param('team')) throw new ApiError('unauthenticated', 'Link del calendario non valido o sostituito da uno nuovo: creane uno nuovo dalla pagina del server.');
  c.set('user', owner.user); // requireTeam then checks that they are still a member
  await next();
};

export function requireTeam(roles?: Role[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const teamId = c.req.param('team') ?? '';
    // One lookup gives the team and the role: every team route pays for it, and on PostgreSQL it is a round trip.
    const membership = await c.get('store').membership(teamId, c.get('user').id);
    if (!membership) throw notFound('Team', 'm');
    if (roles && !roles.includes(membership.role)) throw new ApiError('forbidden', 'Il tuo ruolo nel team non permette questa operazione.');
    c.set('team', membership.team);
    c.set('role', membership.role);
    await next();
  };
}

/**
 * Failed sign-ins, per email and per address: from the 5th failure each
 * attempt waits longer, from the 10th within 15 minutes the answer is 429.
 * The counts live in the store, so the limit holds across every instance on
 * one database and across restarts; their keys are stored hashed, so the
 * emails and addresses of failed attempts are not kept in clear.
 */
export class SignInThrottle {
  constructor(private readonly windowMs = 15 * 60_000, private readonly slowAfter = 5, private readonly refuseAfter = 10) {}

  /** For `Retry-After`: a refused attempt is sure to be let through once the window has passed. */
  get retryAfterSeconds(): number {
    return Math.ceil(this.windowMs / 1000);
  }

  private static keys(keys: string[]): string[] {
    return keys.map((k) => hash('sha256', `sign-in:${k}`));
  }
  /** Milliseconds to wait before answering, or null when the attempt is refused. */
  async check(store: Store, keys: string[], now = Date.now()): Promise<number | null> {
    const worst = await store.signInFailures(SignInThrottle.keys(keys), now - this.windowMs);
    if (worst >= this.refuseAfter) return null;
    return worst >= this.slowAfter ? Math.min(2000, 250 * 2 ** (worst - this.slowAfter)) : 0;
  }
  fail(store: Store, keys: string[], now = Date.now()): Promise<void> {
    return store.recordSignInFailure(SignInThrottle.keys(keys), now, now - this.windowMs);
  }
  succeed(store: Store, keys: string[]): Promise<void> {
    return store.clearSignInFailures(SignInThrottle.keys(keys));
  }
}
