import { defineConfig } from 'wxt';
import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { makeZipReproducible } from './scripts/reproducible-zip';

/**
 * Firefox's add-on id: it must never change, since Firefox ties the extension's stored data (history,
 * signing keys) and its updates to it. Under the reserved `.invalid` domain, so it claims nobody's name.
 */
export const GECKO_ID = 'tallywitness@tallywitness.invalid';

// Least privilege: no host permissions and no network. Later capabilities add only what they need; the
// full list, with the reason for each, is in docs/threat-model.md (a test holds the built manifests to it).
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  // Manifest V3 for every browser: WXT would build Firefox's as V2 by default.
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
    // stdlib's distributions probe for generators with eval; the pages never evaluate strings.
    resolve: {
      alias: { '@stdlib/utils-eval': resolve(import.meta.dirname, 'entrypoints/shared/no-eval.ts') },
    },
  }),
  manifest: ({ browser }) => ({
    // Names from public/_locales: Chromium picks zh_CN for a Chinese browser and en for an English one;
    // any other browser language falls back to English, as the pages themselves do (i18n.ts).
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // Capture of selected text: a context-menu item; activeTab (granted by that click, for that tab only)
    // with scripting to read the selection with its line breaks; the side panel that shows it. Firefox's
    // sidebar (WXT writes sidebar_action from the same page) needs no permission.
    permissions: ['contextMenus', 'activeTab', 'scripting', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    content_security_policy: {
      // No image, sound, video or frame is loaded from anywhere: the pages draw with inline SVG and CSS,
      // so a pasted or captured text cannot make them fetch a remote picture (a tracking pixel).
      extension_pages:
        "script-src 'self'; object-src 'self'; connect-src 'none'; img-src 'none'; media-src 'none'; frame-src 'none'",
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          // The first Firefox that reads data_collection_permissions; MV3 background scripts need 121.
          strict_min_version: '140.0',
          // Nothing is collected or sent anywhere: Firefox shows this at install.
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android reads data_collection_permissions from 142 on.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  zip: {
    // The source of a package is the git commit it was built from (README: reproducible builds).
    zipSources: false,
  },
  hooks: {
    // WXT takes the toolbar button's tooltip from the popup's <title>; the browser's language gives it here.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.action) manifest.action.default_title = '__MSG_extName__';
    },
    // The same commit gives the same zip, byte for byte.
    'zip:extension:done': (_wxt, zipPath) => makeZipReproducible(zipPath, process.env.SOURCE_DATE_EPOCH),
  },
});
