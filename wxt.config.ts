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
    // Capture of selected text: a context-menu item; activeTab (granted by that click, for that tab only)
    // with scripting to read the selection with its line breaks; the side panel that shows it.
    permissions: ['contextMenus', 'activeTab', 'scripting', 'sidePanel'],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; connect-src 'none'",
    },
  },
});
