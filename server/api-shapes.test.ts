/**
 * The exact answer shapes of api.md, route by route, where app.test.ts checks
 * only a field or two: which keys, which ids, which values; and that the
 * store keeps session tokens only as SHA-256 and passwords only as scrypt.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { testApp } from './testing.ts';
import { judge, todayInItaly, type Draft } from '../rules/index.ts';
import { piemonte2020Draft, withChanges } from '../rules/testing.ts';

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const keys = (o: object) => Object.keys(o).sort();
const isoTimestamp = () => expect.stringMatching(ISO_TIMESTAMP);

/** A Piemonte 2020 draft with a warning: the employer is covered by the FIS (piemonte-2020/other-scheme-first). */
const warnedDraft = (): Draft => withChanges(piemonte2020Draft(), { employer: { coveredBy: ['fis'] } });

/** The caller's user id, from /api/me. */
async function idOf(t: ReturnType<typeof testApp>, token: string): Promise<string> {
  return (await t.call('GET', '/api/me', { token })).json.user.id;
}

describe('accounts and teams: answer shapes', () => {
  it('POST /api/setup → 201 { user: { id, email, name }, team: { id, name }, token }', async () => {
    const t = testApp();
    const r = await t.call('POST', '/api/setup', { body: { team: 'Studio A', name: 'Anna Admin', email: 'anna@a.it', password: 'password-anna' } });
    expect(r.status).toBe(201);
    expect(keys(r.json)).toEqual(['team', 'token', 'user']);
    expect(r.json).toEqual({
      user: { id: expect.any(String), email: 'anna@a.it', name: 'Anna Admin' },
      team: { id: expect.any(String), name: 'Studio A' },
      token: expect.any(String),
    });
    expect(r.json.user.id).not.toBe('');
    expect(r.json.team.id).not.toBe('');
    // The token answers as that user.
    const me = await t.call('GET', '/api/me', { token: r.json.token });
    expect(me.status).toBe(200);
    expect(me.json.user).toEqual(r.json.user);
  });

  it('GET /api/me → { user: { id, email, name }, teams: [{ id, name, role }] } with the team ids', async () => {
    const t = testApp();
    const { token, teamId, userId } = await t.setup();
    const me = await t.call('GET', '/api/me', { token });
    expect(me.status).toBe(200);
    expect(me.json).toEqual({
      user: { id: userId, email: 'anna@a.it', name: 'Anna Admin' },
      teams: [{ id: teamId, name: 'Studio A', role: 'admin' }],
    });
    // A member sees the team with the role the admin gave.
    const tina = await t.member(token, teamId, 'tina@a.it', 'trainer');
    const hers = await t.call('GET', '/api/me', { token: tina });
    expect(hers.json).toEqual({
      user: { id: expect.any(String), email: 'tina@a.it', name: 'tina' },
      teams: [{ id: teamId, name: 'Studio A', role: 'trainer' }],
    });
    expect(hers.json.user.id).not.toBe(userId);
  });

  it('POST /api/teams → 201 { team: { id, name } }; the caller is its admin in /api/me and in its members', async () => {
    const t = testApp();
    const { token, teamId, userId } = await t.setup();
    const otto = await t.member(token, teamId, 'otto@a.it', 'operator');
    const ottoId = await idOf(t, otto);
    const r = await t.call('POST', '/api/teams', { token: otto, body: { name: 'Azienda Due' } });
    expect(r.status).toBe(201);
    expect(r.json).toEqual({ team: { id: expect.any(String), name: 'Azienda Due' } });
    const newId = r.json.team.id;
    expect(newId).not.toBe(teamId);
    const me = await t.call('GET', '/api/me', { token: otto });
    expect(me.json.teams).toHaveLength(2);
    expect(me.json.teams).toEqual(expect.arrayContaining([
      { id: teamId, name: 'Studio A', role: 'operator' },
      { id: newId, name: 'Azienda Due', role: 'admin' },
    ]));
    // Admin in deed: the new team's only member, and he may add members to it.
    const members = await t.call('GET', `/api/teams/${newId}/members`, { token: otto });
    expect(members.json).toEqual([{ id: ottoId, email: 'otto@a.it', name: 'otto', role: 'admin' }]);
    const added = await t.call('POST', `/api/teams/${newId}/members`, { token: otto, body: { email: 'anna@a.it', name: 'Anna', password: 'whatever-12345', role: 'operator' } });
    expect(added.status).toBe(201);
    expect(added.json).toEqual({ user: { id: userId, email: 'anna@a.it', name: 'Anna Admin' } });
    // The creator of the other team is not its admin for Anna's team.
    expect((await t.call('GET', '/api/me', { token })).json.teams).toEqual(expect.arrayContaining([{ id: newId, name: 'Azienda Due', role: 'operator' }]));
  });

  it('POST …/members → 201 { user: { id, email, name } }; GET …/members → [{ id, email, name, role }]', async () => {
    const t = testApp();
    const { token, teamId, userId } = await t.setup();
    const r = await t.call('POST', `/api/teams/${teamId}/members`, { token, body: { email: 'Otto@A.it', name: 'Otto Operatore', password: 'password-otto', role: 'operator' } });
    expect(r.status).toBe(201);
    expect(r.json).toEqual({ user: { id: expect.any(String), email: 'otto@a.it', name: 'Otto Operatore' } });
    const ottoId = r.json.user.id;
    const tina = await t.call('POST', `/api/teams/${teamId}/members`, { token, body: { email: 'tina@a.it', name: 'Tina Trainer', password: 'password-tina', role: 'trainer' } });
    expect(tina.status).toBe(201);
    // The id answered is the account's: it signs in as that user.
    const s = await t.call('POST', '/api/sessions', { body: { email: 'otto@a.it', password: 'password-otto' } });
    expect(s.json.user.id).toBe(ottoId);
    const members = await t.call('GET', `/api/teams/${teamId}/members`, { token: s.json.token });
    expect(members.status).toBe(200);
    expect(Array.isArray(members.json)).toBe(true);
    for (const m of members.json) expect(keys(m)).toEqual(['email', 'id', 'name', 'role']);
    expect([...members.json].sort((a: any, b: any) => a.email.localeCompare(b.email))).toEqual([
      { id: userId, email: 'anna@a.it', name: 'Anna Admin', role: 'admin' },
      { id: ottoId, email: 'otto@a.it', name: 'Otto Operatore', role: 'operator' },
      { id: tina.json.user.id, email: 'tina@a.it', name: 'Tina Trainer', role: 'trainer' },
    ]);
    // An existing account joining answers the same user.
    const { json: other } = await t.call('POST', '/api/teams', { token, body: { name: 'Studio B' } });
    const again = await t.call('POST', `/api/teams/${other.team.id}/members`, { token, body: { email: 'otto@a.it', name: 'Altro Nome', password: 'another-password', role: 'trainer' } });
    expect(again.status).toBe(201);
    expect(again.json.user.id).toBe(ottoId);
    expect(keys(again.json)).toEqual(['user']);
  });

  it('POST /api/sessions → 201 { token, user: { id, email, name }, teams: [{ id, name, role }] }', async () => {
    const t = testApp();
    const { teamId, userId } = await t.setup();
    const s = await t.call('POST', '/api/sessions', { body: { email: 'anna@a.it', password: 'password-anna' } });
    expect(s.status).toBe(201);
    expect(s.json).toEqual({
      token: expect.any(String),
      user: { id: userId, email: 'anna@a.it', name: 'Anna Admin' },
      teams: [{ id: teamId, name: 'Studio A', role: 'admin' }],
    });
  });
});

describe('drafts: answer shapes', () => {
  it('GET …/drafts items are exactly { id, title, revision, updatedAt, updatedBy, regime, errors, warnings, nextDeadline }', async () => {
    const t = testApp();
    const { token, teamId, userId } = await t.setup();
    const base = `/api/teams/${teamId}/drafts`;
    const draft = warnedDraft();
    const created = await t.call('POST', base, { token, body: { draft } });
    expect(created.status).toBe(201);
    const list = await t.call('GET', base, { token });
    expect(list.status).toBe(200);
    expect(list.json).toHaveLength(1);
    const item = list.json[0];
    expect(keys(item)).toEqual(['errors', 'id', 'nextDeadline', 'regime', 'revision', 'title', 'updatedAt', 'updatedBy', 'warnings']);
    const verdict = judge(draft, { today: todayInItaly() });
    expect(verdict.findings.map((f) => f.rule)).toContain('piemonte-2020/other-scheme-first');
    const warnings = verdict.findings.filter((f) => f.severity === 'warning').length;
    expect(warnings).toBeGreaterThan(0);
    const { nextDeadline, ...rest } = item;
    expect(rest).toEqual({
      id: created.json.id,
      title: 'Rossi Bar S.n.c. – 09/03/2020–05/04/2020',
      revision: 1,
      updatedAt: isoTimestamp(),
      updatedBy: userId,
      regime: 'piemonte-2020',
      errors: verdict.findings.filter((f) => f.severity === 'error').length,
      warnings,
    });
    expect(Number.isNaN(Date.parse(item.updatedAt))).toBe(false);
    // The next deadline is one of the draft's own deadlines, or null when none is open.
    if (nextDeadline === null) expect(verdict.deadlines.every((d) => d.status === 'met')).toBe(true);
    else expect(verdict.deadlines).toContainEqual(nextDeadline);
  });

  it('an item is updated by the member who saved last: updatedBy is that member\'s id', async () => {
    const t = testApp();
    const { token, teamId, userId } = await t.setup();
    const otto = await t.member(token, teamId, 'otto@a.it');
    const ottoId = await idOf(t, otto);
    const base = `/api/teams/${teamId}/drafts`;
    const { json } = await t.call('POST', base, { token, body: { draft: warnedDraft() } });
    const before = (await t.call('GET', base, { token })).json[0];
    expect(before.updatedBy).toBe(userId);
    expect((await t.call('PUT', `${base}/${json.id}`, { token: otto, body: { draft: warnedDraft() }, headers: { 'if-match': '"1"' } })).status).toBe(200);
    const after = (await t.call('GET', base, { token })).json[0];
    expect(after).toMatchObject({ id: json.id, revision: 2, updatedBy: ottoId, updatedAt: isoTimestamp() });
    expect(Date.parse(after.updatedAt)).toBeGreaterThanOrEqual(Date.parse(before.updatedAt));
  });

  it('GET …/drafts/:id → { id, revision, draft, verdict, updatedAt, updatedBy } with ETag "<revision>"', async () => {
    const t = testApp();
    const { token, teamId, userId } = await t.setup();
    const otto = await t.member(token, teamId, 'otto@a.it');
    const ottoId = await idOf(t, otto);
    const base = `/api/teams/${teamId}/drafts`;
    const draft = warnedDraft();
    const { json } = await t.call('POST', base, { token, body: { draft } });
    const got = await t.call('GET', `${base}/${json.id}`, { token });
    expect(got.status).toBe(200);
    expect(got.headers.get('etag')).toBe('"1"');
    expect(got.json).toMatchObject({ id: json.id, revision: 1, draft, updatedAt: isoTimestamp(), updatedBy: userId });
    expect(got.json.verdict).toEqual(judge(draft, { today: todayInItaly() }));
    const changed = { ...warnedDraft(), protocol: 'P-2' };
    expect((await t.call('PUT', `${base}/${json.id}`, { token: otto, body: { draft: changed }, headers: { 'if-match': '"1"' } })).status).toBe(200);
    const again = await t.call('GET', `${base}/${json.id}`, { token });
    expect(again.headers.get('etag')).toBe('"2"');
    expect(again.json).toMatchObject({ id: json.id, revision: 2, draft: changed, updatedAt: isoTimestamp(), updatedBy: ottoId });
    expect(Date.parse(again.json.updatedAt)).toBeGreaterThanOrEqual(Date.parse(got.json.updatedAt));
  });

  it('GET …/revisions → [{ revision, at, by }] oldest first, by each saver\'s id; …/revisions/:rev → { revision, at, by, draft } with that content', async () => {
    const t = testApp();
    const { token, teamId, userId } = await t.setup();
    const otto = await t.member(token, teamId, 'otto@a.it');
    const ottoId = await idOf(t, otto);
    const base = `/api/teams/${teamId}/drafts`;
    const first = warnedDraft();
    const second = { ...piemonte2020Draft(), protocol: 'P-2' };
    const { json } = await t.call('POST', base, { token, body: { draft: first } });
    expect((await t.call('PUT', `${base}/${json.id}`, { token: otto, body: { draft: second }, headers: { 'if-match': '"1"' } })).status).toBe(200);
    const revs = await t.call('GET', `${base}/${json.id}/revisions`, { token });
    expect(revs.status).toBe(200);
    expect(revs.json).toEqual([
      { revision: 1, at: isoTimestamp(), by: userId },
      { revision: 2, at: isoTimestamp(), by: ottoId },
    ]);
    expect(Date.parse(revs.json[0].at)).toBeLessThanOrEqual(Date.parse(revs.json[1].at));
    const one = await t.call('GET', `${base}/${json.id}/revisions/1`, { token: otto });
    expect(one.status).toBe(200);
    expect(one.json).toEqual({ revision: 1, at: revs.json[0].at, by: userId, draft: first });
    const two = await t.call('GET', `${base}/${json.id}/revisions/2`, { token });
    expect(two.json).toEqual({ revision: 2, at: revs.json[1].at, by: ottoId, draft: second });
    // The current draft's updatedAt/updatedBy are the last revision's.
    const current = (await t.call('GET', `${base}/${json.id}`, { token })).json;
    expect({ at: current.updatedAt, by: current.updatedBy }).toEqual({ at: revs.json[1].at, by: ottoId });
  });
});

describe('deadlines: answer shape', () => {
  it('GET …/deadlines items are exactly { draftId, title, id, date, label, status }, one per deadline of each draft, by date', async () => {
    const t = testApp();
    const { token, teamId } = await t.setup();
    const draft = warnedDraft();
    const { json } = await t.call('POST', `/api/teams/${teamId}/drafts`, { token, body: { draft } });
    const r = await t.call('GET', `/api/teams/${teamId}/deadlines`, { token });
    expect(r.status).toBe(200);
    const verdict = judge(draft, { today: todayInItaly() });
    expect(verdict.deadlines.length).toBeGreaterThan(0);
    expect(r.json).toHaveLength(verdict.deadlines.length);
    for (const d of r.json) {
      expect(keys(d)).toEqual(['date', 'draftId', 'id', 'label', 'status', 'title']);
      expect(d).toEqual({
        draftId: json.id,
        title: 'Rossi Bar S.n.c. – 09/03/2020–05/04/2020',
        id: expect.any(String),
        date: expect.stringMatching(ISO_DATE),
        label: expect.any(String),
        status: expect.stringMatching(/^(future|due-soon|met|missed)$/),
      });
    }
    expect(r.json.map(({ id, date, label, status }: any) => ({ id, date, label, status })))
      .toEqual(expect.arrayContaining(verdict.deadlines));
    expect(r.json.map((d: any) => d.date)).toEqual([...r.json.map((d: any) => d.date)].sort());
  });
});

describe('secrets at rest', () => {
  it('session tokens are stored only as their SHA-256 hex; passwords as scrypt$…', async () => {
    const t = testApp();
    const { token: setupToken } = await t.setup();
    const s = await t.call('POST', '/api/sessions', { body: { email: 'anna@a.it', password: 'password-anna' } });
    expect(s.status).toBe(201);
    const token = s.json.token as string;
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16); // ≥ 128 bits
    const sha = (x: string) => createHash('sha256').update(x).digest('hex');
    const file = join(t.dataDir, 'cigd.sqlite');
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const sessions = db.prepare('SELECT * FROM sessions').all() as Record<string, unknown>[];
      expect(sessions).toHaveLength(2);
      const hashes = sessions.map((row) => row.token_hash);
      expect(hashes).toEqual(expect.arrayContaining([sha(token), sha(setupToken)]));
      for (const row of sessions) {
        for (const value of Object.values(row)) {
          expect(String(value)).not.toContain(token);
          expect(String(value)).not.toContain(setupToken);
        }
      }
      const users = db.prepare('SELECT * FROM users').all() as { password_hash: string }[];
      expect(users).toHaveLength(1);
      expect(users[0].password_hash.startsWith('scrypt$')).toBe(true);
      expect(users[0].password_hash).not.toContain('password-anna');
    } finally {
      db.close();
    }
    // Nowhere in the database files, its write-ahead log included.
    for (const f of [file, `${file}-wal`]) {
      if (!existsSync(f)) continue;
      const bytes = readFileSync(f);
      for (const secret of [token, setupToken, 'password-anna']) expect(bytes.includes(Buffer.from(secret)), `${secret} in ${f}`).toBe(false);
    }
    // The hash does not sign in; the token does.
    expect((await t.call('GET', '/api/me', { token: sha(token) })).status).toBe(401);
    expect((await t.call('GET', '/api/me', { token })).status).toBe(200);
  });
});
