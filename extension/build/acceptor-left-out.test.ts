import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { acceptorLeftOut, NO_ACCEPTOR } from './acceptor-left-out.ts';
import * as accept from '../../rules/accept.ts';

const rules = join(__dirname, '../../rules');

describe('the content script is built without the acceptor generator', () => {
  it('replaces rules/accept.ts alone', () => {
    const plugin = acceptorLeftOut() as { load: (id: string) => string | null };
    expect(plugin.load(join(rules, 'accept.ts'))).toBe(NO_ACCEPTOR);
    for (const other of ['schema.ts', 'accept.test.ts', 'engine.ts', 'regimes/common/accept.ts.bak']) expect(plugin.load(join(rules, other))).toBeNull();
  });

  it('stands for every export of rules/accept.ts the rest of the code imports, and gives no acceptor', async () => {
    const stub = await import(`data:text/javascript,${encodeURIComponent(NO_ACCEPTOR)}`);
    // Types leave no export at run time; every function rules/accept.ts exports must exist in the stub.
    const runtime = Object.keys(accept).filter((k) => typeof (accept as Record<string, unknown>)[k] === 'function');
    expect(Object.keys(stub).sort()).toEqual(runtime.sort());
    expect(stub.compileAcceptor()).toBeUndefined();
  });
});
