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
    // Names from public/_locales: Chromium picks zh_CN for a Chinese browser and en for an English one;
    // any other browser language falls back to English, as the pages themselves do (i18n.ts).
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Capture of selected text: a context-menu item; activeTab (granted by that click, for that tab only)
    // with scripting to read the selection with its line breaks; the side panel that shows it.
    permissions: ['contextMenus', 'activeTab', 'scripting', 'sidePanel'],
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; connect-src 'none'",
    },
  },
  hooks: {
    // WXT takes the toolbar button's tooltip from the popup's <title>; the browser's language gives it here.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.action) manifest.action.default_title = '__MSG_extName__';
    },
  },
});
