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

/**
 * A selector that finds this element, and no other, again after a reload:
 * its formcontrolname, id or name (a radio's with its value), the first that
 * names it alone on the page, else its position. GECO reuses ids (`Si`, `No`,
 * `tel` in several sections, portals.md): a taught `#Si` would also bind
 * another question's «Sì».
 */
export function stableSelector(el: Element): string {
  const esc = (s: string) => s.replace(/["\\]/g, '\\$&');
  const value = el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox') ? `[value="${esc(el.value)}"]` : '';
  const fc = el.getAttribute('formcontrolname');
  const name = el.getAttribute('name');
  const candidates = [
    fc ? `[formcontrolname="${esc(fc)}"]${value}` : '',
    el.id && !/^\d/.test(el.id) ? `#${CSS.escape(el.id)}` : '',
    name ? `${el.tagName.toLowerCase()}[name="${esc(name)}"]${value}` : '',
  ];
  const root = el.getRootNode() as ParentNode;
  const alone = candidates.find((selector) => selector && root.querySelectorAll(selector).length === 1);
  if (alone) return alone;
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

/**
 * A field of a repeated worker row (`#lav-0-assunzione`, `input[name="lav-1-cf"]`) as the same field of
 * every row: `[id^="lav-"][id$="-assunzione"]`, bound to `workers[i]` for the i-th match (of rowFilter). Null if the
 * selector carries no row index (a number set off by other text: `lav-0-cf`, `lavoratori[1].cf`).
 */
export function rowPattern(selector: string): string | null {
  const m = /^(?:#((?:\\.|[^\s\\#.[>:])+)|([a-z]*)\[(name|formcontrolname)="([^"]*)"\])$/.exec(selector);
  if (!m) return null;
  const attr = m[3] ?? 'id';
  const value = m[1] !== undefined ? m[1].replace(/\\(.)/g, '$1') : m[4];
  // The last number set off by other text is the row's (`lavoratori-2020-2-cf`: row 2).
  const parts = /^(.*[^a-z\d])\d+([^a-z\d].*)$/i.exec(value)?.map((p) => p.replace(/["\\]/g, '\\$&'));
  return parts ? `${m[2] ?? ''}[${attr}^="${parts[1]}"][${attr}$="${parts[2]}"]` : null;
}

/**
 * Which elements a row pattern really means: prefix, row digits, suffix (`[id^="lav-"][id$="-cf"]` is
 * `lav-0-cf`, never `lav-cf`, where prefix and suffix overlap, nor `lav-x-cf`). Any other selector: all.
 */
export function rowFilter(selector: string): (el: Element) => boolean {
  const m = /^[a-z]*\[([\w-]+)\^="((?:\\.|[^"\\])*)"\]\[\1\$="((?:\\.|[^"\\])*)"\]$/.exec(selector);
  if (!m) return () => true;
  const re = (s: string) => s.replace(/\\(.)/g, '$1').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const row = new RegExp(`^${re(m[2])}\\d+${re(m[3])}$`);
  return (el) => row.test(el.getAttribute(m[1]) ?? '');
}

/**
 * Teaching: this element holds this path (replacing what was taught for either). A row field is stored as
 * its row pattern with `workers[*]`, so teaching it on another row updates the same entry.
 */
export function teach(map: FieldMap, selector: string, path: string): FieldMap {
  const pattern = path.startsWith('workers[') ? rowPattern(selector) : null;
  if (pattern) [selector, path] = [pattern, path.replace(/^workers\[\d+\]/, 'workers[*]')];
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
