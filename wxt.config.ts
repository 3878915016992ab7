import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Least privilege: no host permissions and no network. Later capabilities add only what they need.
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: 'TallyWitness 计票见证',
    description: 'Recount election tallies, check them against the law and the announcement, sign a receipt.',
    permissions: [],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; connect-src 'none'",
    },
  },
});
