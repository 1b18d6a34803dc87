/**
 * A field map the team can teach: which element (by a stable CSS selector)
 * holds which draft path, per site. Exported and imported as JSON and shared
 * through the team server's field-map routes.
 */
import * as z from 'zod/mini';
import { SITES, type Site } from './detect.ts';

export const fieldMapSchema = z.object({
  format: z.literal('cigd-field-map/1'),
  site: z.enum(SITES),
  fields: z.array(z.object({ selector: z.string().check(z.minLength(1)), path: z.string().check(z.minLength(1)) })),
});
export type FieldMap = z.infer<typeof fieldMapSchema>;

export function emptyFieldMap(site: Site): FieldMap {
  return { format: 'cigd-field-map/1', site, fields: [] };
}

/** A selector that finds this element again after a reload: id, name, formcontrolname, else its position. */
export function stableSelector(el: Element): string {
  const esc = (s: string) => s.replace(/["\\]/g, '\\$&');
  if (el.id && !/^\d/.test(el.id)) return `#${CSS.escape(el.id)}`;
  const name = el.getAttribute('name');
  if (name) return `${el.tagName.toLowerCase()}[name="${esc(name)}"]`;
  const fc = el.getAttribute('formcontrolname');
  if (fc) return `[formcontrolname="${esc(fc)}"]`;
  const parts: string[] = [];
  let node: Element | null = el;
  while (node && node.tagName !== 'BODY' && parts.length < 6) {
    const parent: Element | null = node.parentElement;
    const index = parent ? Array.from(parent.children).filter((c) => c.tagName === node!.tagName).indexOf(node) + 1 : 1;
    parts.unshift(`${node.tagName.toLowerCase()}:nth-of-type(${index})`);
    node = parent;
  }
  return parts.join(' > ');
}

/** Teaching: this element holds this path (replacing what was taught for either). */
export function teach(map: FieldMap, selector: string, path: string): FieldMap {
  const fields = map.fields.filter((f) => f.selector !== selector && f.path !== path);
  return { ...map, fields: [...fields, { selector, path }] };
}

export function parseFieldMap(text: string): { ok: true; map: FieldMap } | { ok: false; message: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: 'Il file non è un JSON valido.' };
  }
  const r = fieldMapSchema.safeParse(data);
  if (r.success) return { ok: true, map: r.data };
  return { ok: false, message: `Mappa dei campi non valida: ${r.error.issues.map((i) => i.path.join('.') || '(radice)').join(', ')}` };
}
