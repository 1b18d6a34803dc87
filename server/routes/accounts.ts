/** First-run setup, sessions, the caller, teams and their members. */
import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { z } from 'zod';
import { ApiError, logLine } from '../errors.ts';
import { clientAddress, hashPassword, newToken, requireAuth, requireTeam, SignInThrottle, verifyPassword, type AppEnv } from '../auth.ts';
import { jsonBody } from '../validate.ts';
import { ROLES } from '../store/types.ts';

const email = z.string().trim().toLowerCase().email().max(254);
const name = z.string().trim().min(1).max(200);
const password = z.string().min(10, 'almeno 10 caratteri').max(1000);

/**
 * How a sign-in log line names the account tried: not the email (personal
 * data, and an operator sometimes types a password there) but a short hash of
 * it, the same for every attempt on one account. An administrator who
 * suspects an address can hash it to compare.
 */
const accountRef = (email: string) => createHash('sha256').update(`account:${email}`).digest('hex').slice(0, 16);

export function accountRoutes(throttle = new SignInThrottle()) {
  const app = new Hono<AppEnv>();
  // An unknown email is checked against this hash, so that it takes as long as
  // a wrong password: the answer's timing does not tell which emails have an account.
  let decoyHash: Promise<string> | undefined;
  const decoy = (cost: number) => (decoyHash ??= hashPassword(newToken().token, cost));

  app.post('/setup', async (c) => {
    const store = c.get('store');
    const configured = () => new ApiError('conflict', 'Il server è già configurato: accedi con il tuo account.');
    // Decided before the body is read: once configured, setup answers 409 whatever it is sent.
    if ((await store.countUsers()) > 0) throw configured();
    const body = await jsonBody(c, z.object({ team: name, name, email, password }));
    const { token, hash } = newToken();
    const created = await store.setupFirstAdmin({
      team: body.team, email: body.email, name: body.name,
      passwordHash: await hashPassword(body.password, c.get('config').scryptCost), tokenHash: hash, now: new Date().toISOString(),
    });
    if (!created) throw configured(); // another setup got there first
    logLine({ event: 'setup', team: created.team.id, user: created.user.id });
    return c.json({ ...created, token }, 201);
  });

  app.post('/sessions', async (c) => {
    const body = await jsonBody(c, z.object({ email, password: z.string().min(1).max(1000) }));
    const ip = clientAddress(c);
    const keys = [`email:${body.email}`, `ip:${ip}`];
    const store = c.get('store');
    const wait = await throttle.check(store, keys);
    if (wait === null) {
      logLine({ event: 'sign-in-refused', reason: 'too many failures', account: accountRef(body.email), ip });
      throw new ApiError('rate-limited', 'Troppi tentativi di accesso non riusciti: riprova tra qualche minuto.', undefined, {
        headers: { 'retry-after': String(throttle.retryAfterSeconds) },
      });
    }
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    const user = await store.findUserByEmail(body.email);
    const passwordOk = await verifyPassword(body.password, user?.passwordHash ?? (await decoy(c.get('config').scryptCost)));
    if (!user || !passwordOk) {
      await throttle.fail(store, keys);
      logLine({ event: 'sign-in-failed', account: accountRef(body.email), ip });
      throw new ApiError('unauthenticated', 'Email o password non corretti.');
    }
    await throttle.succeed(store, keys);
    const { token, hash } = newToken();
    await store.createSession(hash, user.id, new Date().toISOString());
    const teams = await store.teamsOf(user.id);
    return c.json({ token, user: { id: user.id, email: user.email, name: user.name }, teams }, 201);
  });

  app.delete('/sessions/current', requireAuth, async (c) => {
    await c.get('store').deleteSession(c.get('tokenHash'));
    return c.body(null, 204);
  });

  app.get('/me', requireAuth, async (c) => c.json({ user: c.get('user'), teams: await c.get('store').teamsOf(c.get('user').id) }));

  app.post('/teams', requireAuth, async (c) => {
    const body = await jsonBody(c, z.object({ name }));
    const team = await c.get('store').createTeam(body.name);
    await c.get('store').addMember(team.id, c.get('user').id, 'admin');
    return c.json({ team }, 201);
  });

  app.post('/teams/:team/members', requireAuth, requireTeam(['admin']), async (c) => {
    const body = await jsonBody(c, z.object({ email, name, password, role: z.enum(ROLES as [string, ...string[]]) }));
    const store = c.get('store');
    // An existing account (same email) just joins: its password is not changed.
    let user = await store.findUserByEmail(body.email).then((u) => (u ? { id: u.id, email: u.email, name: u.name } : null));
    if (!user) user = await store.createUser({ email: body.email, name: body.name, passwordHash: await hashPassword(body.password, c.get('config').scryptCost) });
    if (!user) throw new ApiError('conflict', 'Account creato nel frattempo da un\'altra richiesta: riprova.');
    // A member added again gets the role asked; but the team's last admin
    // cannot lose the role, or nobody could ever manage the team again.
    if (!(await store.addMember(c.get('team').id, user.id, body.role as (typeof ROLES)[number]))) {
      throw new ApiError('conflict', `${user.email} è l'unico amministratore del team: nomina prima un altro amministratore, poi cambia questo ruolo.`, [{ path: 'role', message: 'il team deve avere almeno un amministratore' }]);
    }
    return c.json({ user }, 201);
  });

  app.get('/teams/:team/members', requireAuth, requireTeam(), async (c) => c.json(await c.get('store').members(c.get('team').id)));

  return app;
}
