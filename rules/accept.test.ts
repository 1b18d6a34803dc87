/**
 * The generated acceptor, type by type, against zod's own answer; and what
 * it refuses to build. The draft schema as a whole is held to zod by
 * property.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import * as core from 'zod/v4/core';
import { compileAcceptor } from './accept.ts';
import { parseDraft } from './schema.ts';
import { draftWith } from './regimes/piemonte-2020/fixtures.ts';

/** Each value: the acceptor must answer as zod does (and the case list covers both answers). */
function sameAnswers(schema: core.$ZodType, values: unknown[]): void {
  const accepts = compileAcceptor(schema)!;
  const answers = values.map((value) => {
    const zod = z.safeParse(schema, value).success;
    expect(accepts(value), JSON.stringify(value) ?? String(value)).toBe(zod);
    return zod;
  });
  expect(answers).toContain(true);
  expect(answers).toContain(false);
}

describe('compileAcceptor: each type answers as zod does', () => {
  it('strings, booleans, numbers (no NaN, no Infinity), integers ≥ 0', () => {
    sameAnswers(z.string(), ['', 'a', 1, null, undefined, {}]);
    sameAnswers(z.boolean(), [true, false, 0, 'true', null]);
    sameAnswers(z.number(), [0, -1.5, 1e300, Number.NaN, Number.POSITIVE_INFINITY, '1', null]);
    sameAnswers(z.int().check(z.minimum(0)), [0, 1, 2 ** 53, -1, 1.5, Number.NaN, '3']);
    sameAnswers(z.number().check(z.gt(0), z.maximum(1)), [-0.01, 0, 0.01, 0.5, 1, 1.01]);
  });

  it('texts with a minimum length: the day before, on and after the limit', () => {
    sameAnswers(z.string().check(z.minLength(2)), ['', 'a', 'ab', 'abc', 12]);
  });

  it('enums and literals', () => {
    sameAnswers(z.enum(['a', 'b']), ['a', 'b', 'c', 'A', null, undefined]);
    sameAnswers(z.literal('cigd-draft/1'), ['cigd-draft/1', 'cigd-draft/2', 1]);
    sameAnswers(z.literal(3), [3, '3', 4]);
  });

  it('optional and nullable', () => {
    sameAnswers(z.optional(z.string()), [undefined, 'x', null, 1]);
    sameAnswers(z.nullable(z.string()), [null, 'x', undefined, 1]);
  });

  it('arrays, element by element', () => {
    sameAnswers(z.array(z.int()), [[], [1, 2], [1, 'x'], [1.5], {}, 'ab', { length: 0 }]);
  });

  it('custom schemas and custom checks, with the value they are given', () => {
    const even = z.custom<number>((v) => typeof v === 'number' && v % 2 === 0);
    sameAnswers(even, [2, 0, 3, '2']);
    const noSpaces = z.string().check((ctx) => {
      if (ctx.value.includes(' ')) ctx.issues.push({ code: 'custom', message: 'space', input: ctx.value });
    });
    sameAnswers(noSpaces, ['ab', 'a b', 'a b c', 3]);
  });

  it('loose objects: required and optional keys, other keys kept, not arrays or null', () => {
    const schema = z.looseObject({ id: z.string(), note: z.optional(z.string()), extra: z.unknown() });
    sameAnswers(schema, [
      { id: 'a', extra: 1 },
      { id: 'a', note: 'n', extra: null, other: [1, 2] },
      { id: 'a', note: undefined, extra: 0 },
      { id: 'a' }, // extra is required even though unknown takes undefined
      { id: 'a', extra: undefined }, // present, undefined: zod takes it
      { note: 'n', extra: 1 },
      { id: 1, extra: 1 },
      [], null, 'a',
    ]);
  });

  it('an own "__proto__" key (JSON.parse makes one) is left to zod, whose copy drops it', () => {
    const accepts = compileAcceptor(z.looseObject({ id: z.string() }))!;
    expect(accepts(JSON.parse('{"id":"a"}'))).toBe(true);
    expect(accepts(JSON.parse('{"id":"a","__proto__":{"polluted":true}}'))).toBe(false);
    const draft = JSON.parse(JSON.stringify(draftWith()).replace('{', '{"__proto__":{"polluted":true},'));
    expect(Object.hasOwn(draft, '__proto__')).toBe(true);
    const parsed = parseDraft(draft);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) {
      expect(Object.hasOwn(parsed.draft, '__proto__')).toBe(false);
      expect(({ ...parsed.draft } as any).polluted).toBeUndefined();
    }
  });

  it('stops at the first refusal deep inside: a bad date of the tenth worker', () => {
    const accepts = compileAcceptor(z.array(z.looseObject({ hiredOn: z.string().check(z.minLength(10)) })))!;
    const workers = Array.from({ length: 12 }, (_, i) => ({ name: `L${i}`, hiredOn: i === 9 ? '2020-3-1' : '2020-03-01' }));
    expect(accepts(workers)).toBe(false);
    workers[9].hiredOn = '2020-03-01';
    expect(accepts(workers)).toBe(true);
  });
});

describe('compileAcceptor refuses schemas whose output is not their input', () => {
  it.each([
    ['a transform', z.pipe(z.string(), z.transform((s: string) => s.trim()))],
    ['a default', z._default(z.string(), 'x')],
    ['a coerced number', z.coerce.number()],
    ['a union', z.union([z.string(), z.number()])],
    ['an object that strips other keys', z.object({ id: z.string() })],
    ['a record', z.record(z.string(), z.number())],
  ])('%s', (_, schema) => {
    expect(() => compileAcceptor(schema as core.$ZodType)).toThrow(/accept:/);
  });
});

describe('where code cannot be generated', () => {
  afterEach(() => {
    core.config({ jitless: false });
  });

  it('there is no acceptor, and zod alone still accepts and refuses drafts', () => {
    core.config({ jitless: true });
    expect(compileAcceptor(z.string())).toBeUndefined();
    const draft: any = draftWith();
    const good = parseDraft(draft);
    expect(good.ok).toBe(true);
    draft.workers[0].hiredOn = '2020-02-30';
    const bad = parseDraft(draft);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues.map((i) => i.path)).toEqual(['workers[0].hiredOn']);
  });
});
