/**
 * A browser-like client over app.request for the replica's tests and the
 * fixture script: keeps the trainee cookie and follows redirects.
 */
import type { Hono } from 'hono';
import { createReplicaApp } from './index.ts';
import { MemoryReplicaStore } from './memory-store.ts';

export class TraineeClient {
  cookie = '';
  constructor(readonly app: { request: Hono['request'] }, readonly prefix = '') {}

  private async send(path: string, init: RequestInit = {}): Promise<{ status: number; url: string; text: string }> {
    let url = path;
    let req: RequestInit = init;
    for (let hop = 0; hop < 5; hop++) {
      const headers = new Headers(req.headers);
      if (this.cookie) headers.set('cookie', this.cookie);
      const res = await this.app.request(this.prefix + url, { ...req, headers, redirect: 'manual' });
      const set = res.headers.get('set-cookie');
      if (set) this.cookie = set.split(';')[0];
      const loc = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && loc) {
        url = loc.startsWith(this.prefix) ? loc.slice(this.prefix.length) : loc;
        req = {};
        continue;
      }
      return { status: res.status, url, text: await res.text() };
    }
    throw new Error(`too many redirects from ${path}`);
  }

  get(path: string) {
    return this.send(path);
  }

  /** A form post; File values make it multipart, as the browser would. */
  post(path: string, fields: Record<string, string | File>) {
    const hasFile = Object.values(fields).some((v) => typeof v !== 'string');
    if (hasFile) {
      const fd = new FormData();
      for (const [k, v] of Object.entries(fields)) fd.append(k, v);
      return this.send(path, { method: 'POST', body: fd });
    }
    return this.send(path, { method: 'POST', body: new URLSearchParams(fields as Record<string, string>),
      headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  }
}

/** The replica alone, mounted at /replica as the server does, over an in-memory store. */
export async function replicaForTests(today = '2026-11-23') {
  const { Hono } = await import('hono');
  const store = new MemoryReplicaStore();
  const app = new Hono();
  let serial = 100000;
  app.route('/replica', createReplicaApp({ store, today: () => today, serial: () => ++serial }));
  return { app, store };
}

/** A minimal real PDF. */
export const SAMPLE_PDF = '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';
