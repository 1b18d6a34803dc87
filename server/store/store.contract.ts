/**
 * The one test suite every store passes (SQLite and PostgreSQL): accounts,
 * sessions, drafts and revisions (conflicts decided by the store), field
 * maps, trainee state and scenarios.
 */
import { describe, expect, it } from 'vitest';
import type { Store } from './types.ts';

const at = (n: number) => new Date(Date.UTC(2026, 10, 1, 9, n)).toISOString();

export function storeContract(name: string, open: () => Promise<Store>, enabled = true) {
  (enabled ? describe : describe.skip)(`store contract: ${name}`, () => {
    async function withStore(fn: (s: Store) => Promise<void>) {
      const s = await open();
      try {
        await fn(s);
      } finally {
        await s.close();
      }
    }

    it('creates users once per email (case-insensitive) and finds them', () => withStore(async (s) => {
      expect(await s.countUsers()).toBe(0);
      const u = await s.createUser({ email: 'Anna@Studio.it', name: 'Anna', passwordHash: 'scrypt$x' });
      expect(u).toMatchObject({ email: 'anna@studio.it', name: 'Anna' });
      expect(await s.createUser({ email: 'anna@studio.it', name: 'Altra', passwordHash: 'y' })).toBeNull();
      expect(await s.findUserByEmail('ANNA@studio.it')).toMatchObject({ id: u!.id, passwordHash: 'scrypt$x' });
      expect(await s.countUsers()).toBe(1);
    }));

    it('first-run setup: of setups sent at once exactly one makes the admin, its team and its session', () => withStore(async (s) => {
      const first = (i: number) => ({ team: `Studio ${i}`, email: `Admin${i}@Studio.it`, name: `Admin ${i}`, passwordHash: `scrypt$${i}`, tokenHash: `token-${i}`, now: at(i) });
      const results = await Promise.all([0, 1, 2, 3, 4].map((i) => s.setupFirstAdmin(first(i))));
      const winners = results.flatMap((r, i) => (r ? [{ r, i }] : []));
      expect(winners).toHaveLength(1);
      const [{ r, i }] = winners;
      expect(r).toMatchObject({ user: { email: `admin${i}@studio.it`, name: `Admin ${i}` }, team: { name: `Studio ${i}` } });
      expect(await s.countUsers()).toBe(1);
      expect(await s.membership(r!.team.id, r!.user.id)).toEqual({ team: r!.team, role: 'admin' });
      expect(await s.useSession(`token-${i}`, at(i), at(0))).toEqual(r!.user);
      expect(await s.setupFirstAdmin(first(9))).toBeNull();
      expect(await s.countUsers()).toBe(1);
    }));

    it('teams, roles and memberships', () => withStore(async (s) => {
      const u = (await s.createUser({ email: 'a@b.it', name: 'A', passwordHash: 'h' }))!;
      const t1 = await s.createTeam('Studio Uno');
      const t2 = await s.createTeam('Azienda Due');
      await s.addMember(t1.id, u.id, 'admin');
      await s.addMember(t2.id, u.id, 'operator');
      expect(await s.membership(t1.id, u.id)).toEqual({ team: t1, role: 'admin' });
      expect(await s.membership(t2.id, u.id)).toEqual({ team: t2, role: 'operator' });
      expect(await s.membership('nope', u.id)).toBeNull();
      const other = (await s.createUser({ email: 'c@d.it', name: 'C', passwordHash: 'h' }))!;
      expect(await s.membership(t1.id, other.id)).toBeNull(); // the team exists, the user is not in it
      expect((await s.teamsOf(u.id)).map((t) => [t.name, t.role])).toEqual([['Azienda Due', 'operator'], ['Studio Uno', 'admin']]);
      await s.addMember(t2.id, u.id, 'trainer');
      expect((await s.members(t2.id))[0]).toMatchObject({ email: 'a@b.it', role: 'trainer' });
      // A role changed after it was read is the one the next request gets.
      expect(await s.membership(t2.id, u.id)).toEqual({ team: t2, role: 'trainer' });
      await s.addMember(t1.id, other.id, 'admin');
      expect(await s.membership(t1.id, other.id)).toEqual({ team: t1, role: 'admin' });
      await s.addMember(t1.id, u.id, 'operator');
      expect(await s.membership(t1.id, u.id)).toEqual({ team: t1, role: 'operator' });
      // A demotion refused (the last admin) leaves the role as it was.
      expect(await s.addMember(t1.id, other.id, 'operator')).toBe(false);
      expect(await s.membership(t1.id, other.id)).toEqual({ team: t1, role: 'admin' });
    }));

    it('a team keeps an admin: the last one cannot be demoted, also when two are demoted at once', () => withStore(async (s) => {
      const a = (await s.createUser({ email: 'a@b.it', name: 'A', passwordHash: 'h' }))!;
      const b = (await s.createUser({ email: 'b@b.it', name: 'B', passwordHash: 'h' }))!;
      const t = await s.createTeam('T');
      expect(await s.addMember(t.id, a.id, 'admin')).toBe(true);
      expect(await s.addMember(t.id, a.id, 'operator')).toBe(false);
      expect(await s.addMember(t.id, b.id, 'admin')).toBe(true);
      const both = await Promise.all([s.addMember(t.id, a.id, 'operator'), s.addMember(t.id, b.id, 'trainer')]);
      expect(both.filter(Boolean)).toHaveLength(1);
      expect((await s.members(t.id)).filter((m) => m.role === 'admin')).toHaveLength(1);
    }));

    it('sessions expire after the idle limit and can be ended', () => withStore(async (s) => {
      const u = (await s.createUser({ email: 'a@b.it', name: 'A', passwordHash: 'h' }))!;
      await s.createSession('hash1', u.id, at(0));
      expect(await s.useSession('hash1', at(10), at(-1))).toMatchObject({ id: u.id });
      // Last used at(10): an idle limit after it ends the session.
      expect(await s.useSession('hash1', at(50), at(11))).toBeNull();
      expect(await s.useSession('hash1', at(51), at(-1))).toBeNull();
      await s.createSession('hash2', u.id, at(0));
      await s.deleteSession('hash2');
      expect(await s.useSession('hash2', at(1), at(-1))).toBeNull();
      // Signed out after being used: the very next request is refused.
      await s.createSession('hash3', u.id, at(0));
      expect(await s.useSession('hash3', at(0), at(-1))).toMatchObject({ id: u.id });
      await s.deleteSession('hash3');
      expect(await s.useSession('hash3', at(1), at(-1))).toBeNull();
      // Each use at least a minute after the last is recorded: used at(20), the session is alive at(40) for an idle limit of at(15).
      await s.createSession('hash4', u.id, at(0));
      expect(await s.useSession('hash4', at(20), at(-1))).toMatchObject({ id: u.id });
      expect(await s.useSession('hash4', at(40), at(15))).toMatchObject({ id: u.id });
      expect(await s.useSession('hash4', at(41), at(41))).toBeNull(); // last used at(40), the limit after it
      expect(await s.useSession('hash4', at(42), at(-1))).toBeNull(); // and then it is gone
    }));

    it('calendar keys: one per member and team, a new one replaces the old, deleted on request', () => withStore(async (s) => {
      const u = (await s.createUser({ email: 'a@b.it', name: 'A', passwordHash: 'h' }))!;
      const t = await s.createTeam('T');
      const other = await s.createTeam('O');
      await s.replaceCalendarKey(t.id, u.id, 'k1', at(0));
      await s.replaceCalendarKey(other.id, u.id, 'k9', at(0));
      expect(await s.calendarKeyOwner('k1')).toEqual({ teamId: t.id, user: { id: u.id, email: 'a@b.it', name: 'A' } });
      await Promise.all([s.replaceCalendarKey(t.id, u.id, 'k2', at(1)), s.replaceCalendarKey(t.id, u.id, 'k3', at(1))]);
      expect(await s.calendarKeyOwner('k1')).toBeNull();
      expect([await s.calendarKeyOwner('k2'), await s.calendarKeyOwner('k3')].filter(Boolean)).toHaveLength(1);
      expect(await s.deleteCalendarKey(t.id, u.id)).toBe(true);
      expect(await s.deleteCalendarKey(t.id, u.id)).toBe(false);
      expect(await s.calendarKeyOwner('k2') ?? await s.calendarKeyOwner('k3')).toBeNull();
      expect(await s.calendarKeyOwner('k9')).toMatchObject({ teamId: other.id });
    }));

    it('counts failed sign-ins per key within the window, and forgets them', () => withStore(async (s) => {
      const WINDOW = 15 * 60_000;
      const t0 = Date.UTC(2026, 10, 1, 9, 0);
      const record = (keys: string[], now: number) => s.recordSignInFailure(keys, now, now - WINDOW);
      expect(await s.signInFailures(['e1', 'ip1'], t0 - WINDOW)).toBe(0);
      await record(['e1', 'ip1'], t0);
      await record(['e1', 'ip1'], t0 + 1000);
      await record(['e2', 'ip1'], t0 + 2000);
      expect(await s.signInFailures(['e1'], t0 + 2000 - WINDOW)).toBe(2);
      expect(await s.signInFailures(['e2', 'ip1'], t0 + 2000 - WINDOW)).toBe(3); // the worst of the keys
      // Counted from each key's first failure: live on the window's last millisecond, gone the next.
      expect(await s.signInFailures(['ip1'], t0)).toBe(3);
      expect(await s.signInFailures(['ip1'], t0 + 1)).toBe(0);
      // A failure after the window starts the count again.
      await record(['e1'], t0 + WINDOW + 1);
      expect(await s.signInFailures(['e1'], t0 + 1)).toBe(1);
      // Recording drops every expired count, whoever it was for.
      expect(await s.signInFailures(['ip1'], 0)).toBe(0);
      // A successful sign-in clears its keys only.
      await record(['e3', 'ip3'], t0 + WINDOW + 2);
      await s.clearSignInFailures(['e1', 'ip3']);
      expect(await s.signInFailures(['e1', 'ip3'], 0)).toBe(0);
      expect(await s.signInFailures(['e3'], 0)).toBe(1);
    }));

    it('counts concurrent failed sign-ins without losing one', () => withStore(async (s) => {
      const now = Date.UTC(2026, 10, 1, 9, 0);
      await Promise.all(Array.from({ length: 12 }, () => s.recordSignInFailure(['e', 'ip'], now, now - 60_000)));
      expect(await s.signInFailures(['e'], now - 60_000)).toBe(12);
    }));

    it('keeps every revision and refuses a stale one', () => withStore(async (s) => {
      const u = (await s.createUser({ email: 'a@b.it', name: 'A', passwordHash: 'h' }))!;
      const t = await s.createTeam('T');
      const d = await s.createDraft(t.id, { draft: { v: 1, extra: { keep: true } }, title: 'uno', by: u.id, at: at(1) });
      expect(d.revision).toBe(1);
      expect(await s.saveRevision(t.id, d.id, 1, { draft: { v: 2 }, title: 'due', by: u.id, at: at(2) })).toEqual({ ok: true, revision: 2 });
      const stale = await s.saveRevision(t.id, d.id, 1, { draft: { v: 3 }, title: 'tre', by: u.id, at: at(3) });
      expect(stale).toMatchObject({ ok: false, current: { revision: 2, draft: { v: 2 } } });
      expect(await s.saveRevision(t.id, 'missing', 1, { draft: {}, title: '', by: u.id, at: at(3) })).toBeNull();
      expect((await s.listRevisions(t.id, d.id))!.map((r) => r.revision)).toEqual([1, 2]);
      expect(await s.getRevision(t.id, d.id, 1)).toMatchObject({ draft: { v: 1, extra: { keep: true } }, by: u.id });
      expect(await s.getDraft(t.id, d.id)).toMatchObject({ revision: 2, title: 'due', draft: { v: 2 } });
    }));

    it('keeps a draft given with the client\'s own text as the client will read it, on each store alike', () => withStore(async (s) => {
      const u = (await s.createUser({ email: 'a@b.it', name: 'A', passwordHash: 'h' }))!;
      const t = await s.createTeam('T');
      // Spaced text, and a number beyond JavaScript's range and PostgreSQL's (JSON.parse reads Infinity, a client null).
      const first = '{ "v": 1,\n  "oltre": 1e200000 }';
      const d = await s.createDraft(t.id, { draft: JSON.parse(first), draftJson: first, title: 'uno', by: u.id, at: at(1) });
      const next = '{"v":2,"oltre":[1e200000]}';
      expect(await s.saveRevision(t.id, d.id, 1, { draft: JSON.parse(next), draftJson: next, title: 'due', by: u.id, at: at(2) })).toEqual({ ok: true, revision: 2 });
      expect(JSON.stringify((await s.getRevision(t.id, d.id, 1))!.draft)).toBe('{"v":1,"oltre":null}');
      expect(JSON.stringify((await s.getDraft(t.id, d.id))!.draft)).toBe('{"v":2,"oltre":[null]}');
    }));

    it('gives back every revision exactly, over a long history of small and large edits, emoji and accents included', () => withStore(async (s) => {
      const u = (await s.createUser({ email: 'a@b.it', name: 'A', passwordHash: 'h' }))!;
      const t = await s.createTeam('T');
      const workers = Array.from({ length: 12 }, (_, i) => ({ name: `Lavoratore ${i} è`, note: 'ok 😀', hours: [8, 8, 4] }));
      const texts = [JSON.stringify({ employer: 'Rossi', workers })];
      const d = await s.createDraft(t.id, { draft: JSON.parse(texts[0]), draftJson: texts[0], title: 'x', by: u.id, at: at(0) });
      // An emoji that differs from the last only in its second half, a field typed a letter at a time, a worker
      // removed, the whole draft replaced, the same text saved twice, then edits again.
      const edits: ((draft: any, i: number) => void)[] = [
        (draft) => { draft.workers[3].note = 'ok 😃'; },
        ...Array.from({ length: 8 }, () => (draft: any, i: number) => { draft.employer += String.fromCharCode(97 + i); }),
        (draft) => { draft.workers.splice(5, 1); },
        (draft) => { for (const w of draft.workers) w.hours = [0, 0, 0]; },
        () => {},
        (draft) => { draft.workers[0].name = 'Anna'; },
        (draft) => { draft.employer = ''; },
      ];
      for (const [i, edit] of edits.entries()) {
        const draft = JSON.parse(texts[i]);
        edit(draft, i);
        const text = JSON.stringify(draft);
        texts.push(text);
        expect(await s.saveRevision(t.id, d.id, i + 1, { draft, draftJson: text, title: 'x', by: u.id, at: at(i + 1) })).toEqual({ ok: true, revision: i + 2 });
      }
      for (const [i, text] of texts.entries()) expect((await s.getRevision(t.id, d.id, i + 1))!.draft).toEqual(JSON.parse(text));
      expect((await s.getDraft(t.id, d.id))!.draft).toEqual(JSON.parse(texts.at(-1)!));
      expect((await s.listDrafts(t.id))[0].draft).toEqual(JSON.parse(texts.at(-1)!));
      // A conflict's answer is the current draft too.
      expect(await s.saveRevision(t.id, d.id, 1, { draft: {}, title: 'x', by: u.id, at: at(99) })).toMatchObject({ ok: false, current: { draft: JSON.parse(texts.at(-1)!) } });
    }));

    it('decides concurrent saves on one revision: exactly one wins', () => withStore(async (s) => {
      const u = (await s.createUser({ email: 'a@b.it', name: 'A', passwordHash: 'h' }))!;
      const t = await s.createTeam('T');
      const d = await s.createDraft(t.id, { draft: { n: 0 }, title: 'x', by: u.id, at: at(0) });
      const results = await Promise.all(Array.from({ length: 20 }, (_, i) =>
        s.saveRevision(t.id, d.id, 1, { draft: { n: i + 1 }, title: 'x', by: u.id, at: at(1) }).catch(() => null)));
      expect(results.filter((r) => r?.ok)).toHaveLength(1);
      expect(results.filter((r) => r && !r.ok)).toHaveLength(19);
      expect((await s.listRevisions(t.id, d.id))!.map((r) => r.revision)).toEqual([1, 2]);
    }));

    it('another team sees nothing of a draft', () => withStore(async (s) => {
      const u = (await s.createUser({ email: 'a@b.it', name: 'A', passwordHash: 'h' }))!;
      const a = await s.createTeam('A');
      const b = await s.createTeam('B');
      const d = await s.createDraft(a.id, { draft: {}, title: 'x', by: u.id, at: at(0) });
      expect(await s.getDraft(b.id, d.id)).toBeNull();
      expect(await s.listRevisions(b.id, d.id)).toBeNull();
      expect(await s.getRevision(b.id, d.id, 1)).toBeNull();
      expect(await s.setDeleted(b.id, d.id, true)).toBe(false);
      expect(await s.saveRevision(b.id, d.id, 1, { draft: {}, title: '', by: u.id, at: at(1) })).toBeNull();
      expect(await s.listDrafts(b.id)).toEqual([]);
    }));

    it('keeps a title a client gave through saves that give none; a draft\'s own title is made again at each save', () => withStore(async (s) => {
      const u = (await s.createUser({ email: 'a@b.it', name: 'A', passwordHash: 'h' }))!;
      const t = await s.createTeam('T');
      const own = await s.createDraft(t.id, { draft: { a: 1 }, title: 'Rossi – marzo', by: u.id, at: at(0) });
      await s.saveRevision(t.id, own.id, 1, { draft: { a: 2 }, title: 'Rossi S.r.l. – marzo', by: u.id, at: at(1) });
      expect((await s.getDraft(t.id, own.id))!.title).toBe('Rossi S.r.l. – marzo');
      const named = await s.createDraft(t.id, { draft: { a: 1 }, title: 'Pratica urgente', titleGiven: true, by: u.id, at: at(0) });
      await s.saveRevision(t.id, named.id, 1, { draft: { a: 2 }, title: 'Rossi – marzo', by: u.id, at: at(1) });
      expect((await s.getDraft(t.id, named.id))!.title).toBe('Pratica urgente');
      await s.saveRevision(t.id, named.id, 2, { draft: { a: 3 }, title: 'Pratica chiusa', titleGiven: true, by: u.id, at: at(2) });
      await s.saveRevision(t.id, named.id, 3, { draft: { a: 4 }, title: 'Rossi – aprile', by: u.id, at: at(3) });
      expect((await s.listDrafts(t.id)).map((d) => d.title).sort()).toEqual(['Pratica chiusa', 'Rossi S.r.l. – marzo']);
      // A title given at a later save is kept from then on, like one given at the start.
      await s.saveRevision(t.id, own.id, 2, { draft: { a: 3 }, title: 'Da rivedere', titleGiven: true, by: u.id, at: at(2) });
      await s.saveRevision(t.id, own.id, 3, { draft: { a: 4 }, title: 'Rossi – aprile', by: u.id, at: at(3) });
      expect((await s.getDraft(t.id, own.id))!.title).toBe('Da rivedere');
    }));

    it('deletes into the history and restores', () => withStore(async (s) => {
      const u = (await s.createUser({ email: 'a@b.it', name: 'A', passwordHash: 'h' }))!;
      const t = await s.createTeam('T');
      const d = await s.createDraft(t.id, { draft: { a: 1 }, title: 'x', by: u.id, at: at(0) });
      expect(await s.setDeleted(t.id, d.id, true)).toBe(true);
      expect(await s.listDrafts(t.id)).toEqual([]);
      expect(await s.getDraft(t.id, d.id)).toMatchObject({ deleted: true, draft: { a: 1 } });
      // Listed among the deleted, to be found and restored.
      expect(await s.listDrafts(t.id, { deleted: true })).toMatchObject([{ id: d.id, deleted: true, draft: { a: 1 } }]);
      await s.setDeleted(t.id, d.id, false);
      expect((await s.listDrafts(t.id)).map((r) => r.id)).toEqual([d.id]);
      expect(await s.listDrafts(t.id, { deleted: true })).toEqual([]);
      // A new revision saved on a deleted draft brings it back.
      await s.setDeleted(t.id, d.id, true);
      expect(await s.saveRevision(t.id, d.id, 1, { draft: { a: 2 }, title: 'x', by: u.id, at: at(4) })).toEqual({ ok: true, revision: 2 });
      expect(await s.getDraft(t.id, d.id)).toMatchObject({ deleted: false, revision: 2, draft: { a: 2 } });
    }));

    it('deleting and restoring make no revision and leave the current one\'s author and time: who saved it, when', () => withStore(async (s) => {
      const anna = (await s.createUser({ email: 'a@b.it', name: 'A', passwordHash: 'h' }))!;
      const otto = (await s.createUser({ email: 'o@b.it', name: 'O', passwordHash: 'h' }))!;
      const t = await s.createTeam('T');
      const d = await s.createDraft(t.id, { draft: { a: 1 }, title: 'x', by: anna.id, at: at(0) });
      await s.saveRevision(t.id, d.id, 1, { draft: { a: 2 }, title: 'x', by: anna.id, at: at(1) });
      const saved = { revision: 2, draft: { a: 2 }, updatedAt: at(1), updatedBy: anna.id };
      expect(await s.setDeleted(t.id, d.id, true)).toBe(true);
      expect(await s.getDraft(t.id, d.id)).toMatchObject({ ...saved, deleted: true });
      expect(await s.setDeleted(t.id, d.id, false)).toBe(true);
      expect(await s.getDraft(t.id, d.id)).toMatchObject({ ...saved, deleted: false });
      expect((await s.listDrafts(t.id))[0]).toMatchObject(saved);
      expect(await s.listRevisions(t.id, d.id)).toEqual([{ revision: 1, at: at(0), by: anna.id }, { revision: 2, at: at(1), by: anna.id }]);
      // A colleague's stale save is told who saved the current revision, not who deleted or restored the draft.
      const stale = await s.saveRevision(t.id, d.id, 1, { draft: { a: 3 }, title: 'x', by: otto.id, at: at(2) });
      expect(stale).toMatchObject({ ok: false, current: saved });
    }));

    it('field maps with revisions', () => withStore(async (s) => {
      const u = (await s.createUser({ email: 'a@b.it', name: 'A', passwordHash: 'h' }))!;
      const t = await s.createTeam('T');
      expect(await s.getFieldMap(t.id, 'aminder')).toBeNull();
      const first = await s.putFieldMap(t.id, 'aminder', { fields: [1] }, 0, u.id);
      expect(first).toMatchObject({ ok: true, record: { revision: 1 } });
      expect(await s.putFieldMap(t.id, 'aminder', { fields: [2] }, 0, u.id)).toMatchObject({ ok: false, current: { revision: 1, map: { fields: [1] } } });
      expect(await s.putFieldMap(t.id, 'aminder', { fields: [2] }, 1, u.id)).toMatchObject({ ok: true, record: { revision: 2 } });
      expect((await s.listFieldMaps(t.id)).map((m) => [m.site, m.revision])).toEqual([['aminder', 2]]);
    }));

    it('trainee state per session, and scenarios', () => withStore(async (s) => {
      await s.putTraineeState('s1', 'aminder/domanda/1', { a: 1 });
      await s.putTraineeState('s1', 'aminder/domanda/2', { a: 2 });
      await s.putTraineeState('s2', 'aminder/domanda/1', { b: 1 });
      // What a trainee typed with a null character is kept without it (PostgreSQL cannot store one).
      await s.putTraineeState('s3', 'geco/azienda/x', { name: 'Bar\u0000 Rossi', path: 'C:\\u0000' });
      expect(await s.getTraineeState('s3', 'geco/azienda/x')).toEqual({ name: 'Bar Rossi', path: 'C:\\u0000' });
      expect(await s.getTraineeState('s1', 'aminder/domanda/1')).toEqual({ a: 1 });
      expect((await s.listTraineeState('s1', 'aminder/domanda/')).map((e) => e.key)).toEqual(['aminder/domanda/1', 'aminder/domanda/2']);
      await s.resetTrainee('s1');
      expect(await s.getTraineeState('s1', 'aminder/domanda/1')).toBeNull();
      expect(await s.getTraineeState('s2', 'aminder/domanda/1')).toEqual({ b: 1 });
      const sc = { id: 'x', title: 'T', teaches: 'insegna', portal: 'aminder' as const, draft: { format: 'cigd-draft/1' }, builtIn: false, teamId: 't', createdBy: 'u', createdAt: at(0) };
      await s.saveScenario(sc);
      expect(await s.getScenario('x')).toEqual(sc);
      expect(await s.listScenarios()).toEqual([sc]);
      await s.deleteScenario('x');
      expect(await s.getScenario('x')).toBeNull();
    }));
  });
}
