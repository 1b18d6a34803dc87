import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The extension lives in extension/ (see README "Estensione").
export default defineConfig({
  srcDir: 'extension',
  outDir: '.output',
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'CIGD Assistente',
    description: 'Controlla in tempo reale le domande di CIG in deroga su AMINDER, GECO e Finanziamenti on line.',
    default_locale: undefined,
  },
});
