/**
 * `npm start`: the team server on 127.0.0.1:8787 (HOST, PORT), data in
 * ./data (CIGD_DATA_DIR) or PostgreSQL (DATABASE_URL).
 */
import { serve } from '@hono/node-server';
import { z } from 'zod';
import { createApp } from './app.ts';
import { openStore } from './store/open.ts';
import { OperatorError } from './errors.ts';

const envSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  CIGD_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'deve iniziare con postgres://').optional(),
  CIGD_ALLOWED_ORIGINS: z.string().optional(),
  CIGD_TRUST_PROXY: z.coerce.number({ message: 'deve essere un numero' }).int('deve essere un numero intero').min(0, 'non può essere negativo').max(10, 'al massimo 10').default(0),
});

const parsed = envSchema.safeParse(process.env);
if (!parsed.success) {
  for (const issue of parsed.error.issues) {
    console.error(`Configurazione non valida: ${issue.path.join('.')}: ${issue.message} (invalid environment variable ${issue.path.join('.')})`);
  }
  process.exit(2);
}
const env = parsed.data;

const store = await openStore(env).catch((err) => {
  const english = String(err?.message ?? err);
  const why = err instanceof OperatorError ? `${err.italian} (${english})` : english;
  console.error(`Impossibile aprire l'archivio dati: ${why} (store could not be opened)`);
  process.exit(1);
});
const app = createApp({
  store,
  config: {
    allowedOrigins: (env.CIGD_ALLOWED_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    trustedProxies: env.CIGD_TRUST_PROXY,
  },
});
const server = serve({ fetch: app.fetch, hostname: env.HOST, port: env.PORT }, (info) => {
  const host = info.address.includes(':') ? `[${info.address}]` : info.address;
  console.log(`Server CIGD pronto: apri http://${host}:${info.port}/  (replica didattica: http://${host}:${info.port}/replica/)`);
  console.log(env.DATABASE_URL ? 'Archivio: PostgreSQL' : `Archivio: SQLite in ${env.CIGD_DATA_DIR}`);
});

let closing = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    server.close(async () => {
      await store.close();
      process.exit(0);
    });
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
