/**
 * A yes/no answer to "does zod accept this value?", generated once from the
 * zod schema itself, for the common case: a draft that is valid.
 *
 * Why: zod's parse allocates a result and an issues array for every field of
 * every object it walks, whether or not anything is wrong, and builds a copy
 * of the input. A draft of a large firm has thousands of worker, SR41 and
 * report objects; `cigd` checks every file, the server every save, the
 * extension every keystroke, and almost all of them are valid. The acceptor
 * is straight-line JavaScript generated from the schema's definition (as
 * zod's own objects are): the same types, and zod's own check objects,
 * called as zod calls them. It allocates nothing. When it says no, the caller
 * runs zod for the issues, so every message still comes from zod. A property
 * test holds the two to the same answer on generated valid and broken drafts.
 *
 * It knows only what the draft schema is built from and refuses anything
 * else when it is built (a transform, a default, a stripping object, a
 * union …): for those zod's output is not the input. Where code generation is
 * not allowed (an extension page's CSP, zod set jitless) there is no
 * acceptor and zod does the whole work, as before.
 */
import * as core from 'zod/v4/core';

export type Acceptor = (value: unknown) => boolean;

type Schema = core.$ZodType;
type Check = core.$ZodCheck;
type CheckPayload = { value: unknown; issues: unknown[] };

/** Can this environment compile code at run time? (The same test zod makes.) */
function codeGenerationAllowed(): boolean {
  if (core.globalConfig.jitless) return false;
  try {
    new Function('');
    return true;
  } catch {
    return false;
  }
}

/** Every check zod runs for a schema: the schema itself when it is a check (z.int, z.custom), then its own. */
function checksOf(schema: Schema): Check[] {
  const own = (schema._zod.def.checks ?? []) as Check[];
  return schema._zod.traits.has('$ZodCheck') ? [schema as unknown as Check, ...own] : own;
}

/** The source of the acceptor's body and the values it refers to (as K[i]). */
function acceptorSource(root: Schema): { body: string; constants: unknown[] } {
  const constants: unknown[] = [];
  const constant = (value: unknown) => `K[${constants.push(value) - 1}]`;
  let names = 0;
  const fresh = (prefix: string) => `${prefix}${names++}`;

  // A check pushes onto payload.issues only when the value is wrong, and the first issue ends the
  // walk, so the issues stay empty from the reset at the start; `when` (length checks) may skip a check.
  function checks(schema: Schema, x: string): string[] {
    return checksOf(schema).map((check) => {
      const run = `${constant(check._zod.check)}(P); if (P.issues.length !== 0) return false;`;
      const when = (check._zod.def as { when?: (payload: CheckPayload) => boolean }).when;
      return `P.value = ${x}; ${when ? `if (${constant(when)}(P)) { ${run} }` : run}`;
    });
  }

  // Statements that `return false` unless the value in variable x is accepted.
  function accept(schema: Schema, x: string): string[] {
    const def = schema._zod.def as core.$ZodTypeDef & Record<string, any>;
    if (def.coerce) throw new Error(`accept: coerced ${String(def.type)} changes the value`);
    const out: string[] = [];
    switch (def.type) {
      case 'string':
      case 'boolean':
        out.push(`if (typeof ${x} !== '${def.type}') return false;`);
        break;
      case 'number': // zod refuses NaN and ±Infinity
        out.push(`if (typeof ${x} !== 'number' || !Number.isFinite(${x})) return false;`);
        break;
      case 'unknown':
      case 'custom': // a custom schema's function is its check
        break;
      case 'enum':
      case 'literal': {
        const values = [...schema._zod.values!];
        out.push(values.every((v) => typeof v === 'string')
          ? `if (${values.map((v) => `${x} !== ${JSON.stringify(v)}`).join(' && ')}) return false;`
          : `if (!${constant(schema._zod.values)}.has(${x})) return false;`);
        break;
      }
      case 'optional':
        if (def.innerType._zod.optin === 'defaulted') throw new Error('accept: a default changes the value');
        out.push(`if (${x} !== undefined) {`, ...accept(def.innerType, x), '}');
        break;
      case 'nullable':
        out.push(`if (${x} !== null) {`, ...accept(def.innerType, x), '}');
        break;
      case 'array': {
        const i = fresh('i');
        const element = fresh('e');
        out.push(
          `if (!Array.isArray(${x})) return false;`,
          `for (let ${i} = 0; ${i} < ${x}.length; ${i}++) {`,
          `const ${element} = ${x}[${i}];`, ...accept(def.element, element),
          '}',
        );
        break;
      }
      case 'object': {
        // Only loose objects: any other key is kept as it is, so zod's output equals the input.
        if (def.catchall?._zod.def.type !== 'unknown') throw new Error('accept: only loose objects keep the input as it is');
        out.push(`if (typeof ${x} !== 'object' || ${x} === null || Array.isArray(${x})) return false;`);
        // JSON.parse makes "__proto__" an own key; zod leaves it out of its copy, so such an input
        // is not its own output: zod must answer (and copy) it.
        out.push(`if (Object.hasOwn(${x}, '__proto__')) return false;`);
        for (const [key, field] of Object.entries(def.shape as Record<string, Schema>)) {
          const value = fresh('f');
          const name = JSON.stringify(key);
          out.push(`{ const ${value} = ${x}[${name}];`);
          // zod wants a required key present even if its schema would take undefined ("nonoptional").
          if (field._zod.optin === undefined) out.push(`if (${value} === undefined && !(${name} in ${x})) return false;`);
          out.push(...accept(field, value), '}');
        }
        break;
      }
      default:
        throw new Error(`accept: zod type "${String(def.type)}" is not supported`);
    }
    return [...out, ...checks(schema, x)];
  }

  const body = ['P.issues.length = 0;', ...accept(root, 'value'), 'return true;'].join('\n');
  return { body, constants };
}

/**
 * The acceptor of a zod schema, or undefined where code cannot be generated.
 * Throws if the schema uses anything whose output is not its input.
 */
export function compileAcceptor(schema: Schema): Acceptor | undefined {
  const { body, constants } = acceptorSource(schema);
  if (!codeGenerationAllowed()) return undefined;
  // One payload for every check call: the checks only read its value and push issues.
  const payload: CheckPayload = { value: undefined, issues: [] };
  return new Function('K', 'P', `return function accept(value) {\n${body}\n};`)(constants, payload) as Acceptor;
}
