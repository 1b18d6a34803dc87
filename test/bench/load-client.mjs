#!/usr/bin/env node
// The load of server.bench.ts, in a process of its own so that the client's
// work does not slow the server it measures. Plain Node: no transpiler in the
// measured loop.
//
//   node load-client.mjs CONFIG.json
//   CONFIG: { origin, mode: "health" | "save", clients, seconds, token?, teamId?, draft? }
// Prints one JSON line: { requests, seconds, p99Ms, failures }.
import http from 'node:http';
import { readFileSync } from 'node:fs';

const config = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const agent = new http.Agent({ keepAlive: true, maxSockets: config.clients });
const url = new URL(config.origin);

function request(method, path, body, headers = {}) {
  return new Promise((resolve, reject) => {
    const data = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body);
    const req = http.request({
      host: url.hostname, port: url.port, method, path, agent,
      headers: {
        ...(data ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } : {}),
        ...(config.token ? { authorization: `Bearer ${config.token}` } : {}),
        ...headers,
      },
    }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, text: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(data); // headers and body in one write
  });
}

const drafts = `/api/teams/${config.teamId}/drafts`;

// Each save sends the draft with another employer name, as an operator's
// typing would. The body is the draft's JSON serialized once, with the name
// spliced in: re-serializing 9 KB per request would make the load generator,
// not the server, the thing measured.
const NAME_MARK = '\u0000name\u0000';
const [bodyBefore, bodyAfter] = config.draft
  ? JSON.stringify({ draft: { ...config.draft, employer: { ...config.draft.employer, name: NAME_MARK } } }).split(JSON.stringify(NAME_MARK))
  : [];
const saveBody = (suffix) => `${bodyBefore}${JSON.stringify(`${config.draft.employer.name} ${suffix}`)}${bodyAfter}`;

/** One client: its own draft, saved again and again as an operator's typing would (each save a new revision). */
async function client(index, until, latencies) {
  let failures = 0;
  let id;
  let revision = 0;
  if (config.mode === 'save') {
    const created = await request('POST', drafts, { draft: config.draft });
    if (created.status !== 201) throw new Error(`create failed: ${created.status} ${created.text.slice(0, 200)}`);
    ({ id, revision } = JSON.parse(created.text));
  }
  let n = 0;
  while (performance.now() < until) {
    const started = performance.now();
    let res;
    if (config.mode === 'health') {
      res = await request('GET', '/healthz');
    } else {
      res = await request('PUT', `${drafts}/${id}`, saveBody(`${index}-${n++}`), { 'if-match': `"${revision}"` });
      if (res.status === 200) revision = JSON.parse(res.text).revision;
    }
    latencies.push(performance.now() - started);
    if (res.status !== 200) failures++;
  }
  return failures;
}

const latencies = [];
const started = performance.now();
const until = started + config.seconds * 1000;
const failures = (await Promise.all(Array.from({ length: config.clients }, (_, i) => client(i, until, latencies)))).reduce((a, b) => a + b, 0);
const seconds = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const p99Ms = latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))] ?? NaN;
process.stdout.write(`${JSON.stringify({ requests: latencies.length, seconds, p99Ms, failures })}\n`);
agent.destroy();
