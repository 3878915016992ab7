// Least privilege, held to the list in docs/threat-model.md: the manifests inside the zips that are
// handed out grant nothing that list does not name, and the list names nothing they do not grant.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packagedManifest, type PackagedBrowser } from './packages.js';

const threatModel = readFileSync(join(import.meta.dirname, '../../docs/threat-model.md'), 'utf8');

interface Grant {
  readonly kind: string;
  readonly value: string;
  readonly browsers: readonly string[];
}

/** The rows of the table between the manifest-grants markers. */
function documentedGrants(markdown: string): Grant[] {
  const section = /<!-- manifest-grants:start -->([\s\S]*?)<!-- manifest-grants:end -->/.exec(markdown);
  if (!section) throw new Error('docs/threat-model.md has no manifest-grants list');
  return section[1]!
    .split('\n')
    .filter((line) => line.startsWith('|'))
    .map((line) =>
      line
        .split('|')
        .slice(1, -1)
        .map((cell) => cell.trim()),
    )
    .filter(([kind]) => kind !== 'kind' && !/^-+$/.test(kind ?? ''))
    .map(([kind = '', value = '', browsers = '']) => ({
      kind,
      value: value.replace(/^`|`$/g, ''),
      browsers: browsers.split(',').map((browser) => browser.trim()),
    }));
}

/** Every capability a manifest asks for, as `kind` and `value` in the words of the documented list. */
function manifestGrants(manifest: Record<string, unknown>): { kind: string; value: string }[] {
  const list = (key: string): unknown[] => (Array.isArray(manifest[key]) ? (manifest[key] as unknown[]) : []);
  const grants: { kind: string; value: string }[] = [];
  for (const permission of list('permissions'))
    grants.push({ kind: 'permission', value: String(permission) });
  for (const permission of list('optional_permissions'))
    grants.push({ kind: 'optional permission', value: String(permission) });
  for (const host of [...list('host_permissions'), ...list('optional_host_permissions')])
    grants.push({ kind: 'host permission', value: String(host) });
  for (const script of list('content_scripts'))
    grants.push({ kind: 'content script', value: JSON.stringify(script) });
  for (const resource of list('web_accessible_resources'))
    grants.push({ kind: 'web-accessible resource', value: JSON.stringify(resource) });
  if (manifest['externally_connectable'] !== undefined)
    grants.push({
      kind: 'externally connectable',
      value: JSON.stringify(manifest['externally_connectable']),
    });
  const csp = manifest['content_security_policy'];
  if (typeof csp === 'object' && csp !== null) {
    for (const [page, policy] of Object.entries(csp)) {
      grants.push({
        kind: page === 'extension_pages' ? 'content security policy' : `content security policy (${page})`,
        value: String(policy),
      });
    }
  } else {
    // No policy at all is the browser's default, which allows connections: a relaxation.
    grants.push({ kind: 'content security policy', value: String(csp) });
  }
  return grants;
}

/** Keys that grant nothing: what the extension is called, shows and runs as its own pages. */
const INERT_KEYS = [
  'manifest_version',
  'name',
  'short_name',
  'description',
  'version',
  'default_locale',
  'icons',
  'action',
  'background',
  'side_panel',
  'sidebar_action',
  'browser_specific_settings',
];
const GRANTING_KEYS = [
  'permissions',
  'optional_permissions',
  'host_permissions',
  'optional_host_permissions',
  'content_scripts',
  'web_accessible_resources',
  'externally_connectable',
  'content_security_policy',
];

const key = (grant: { kind: string; value: string }) => `${grant.kind}: ${grant.value}`;

describe.each<PackagedBrowser>(['chrome', 'firefox'])('the %s package', (browser) => {
  it('asks for exactly the grants docs/threat-model.md lists for it', async () => {
    const manifest = await packagedManifest(browser);
    const documented = documentedGrants(threatModel).filter((grant) => grant.browsers.includes(browser));
    expect(documented.length).toBeGreaterThan(0);
    expect(manifestGrants(manifest).map(key).sort()).toEqual(documented.map(key).sort());
  });

  it('has no manifest key beyond the known ones', async () => {
    const manifest = await packagedManifest(browser);
    const unknown = Object.keys(manifest).filter((name) => ![...INERT_KEYS, ...GRANTING_KEYS].includes(name));
    expect(unknown).toEqual([]);
  });

  it('lets its pages load nothing from outside: no connection, image, sound, video or frame', async () => {
    const manifest = await packagedManifest(browser);
    const policy = String(
      (manifest['content_security_policy'] as Record<string, unknown>)['extension_pages'],
    );
    const directives = new Map(
      policy.split(';').map((directive) => {
        const [name = '', ...sources] = directive.trim().split(/\s+/);
        return [name, sources] as const;
      }),
    );
    // Without default-src, a fetch directive left out allows any source: each must be there, and closed.
    for (const name of ['connect-src', 'img-src', 'media-src', 'frame-src'])
      expect(directives.get(name), name).toEqual(["'none'"]);
    for (const name of ['script-src', 'object-src']) expect(directives.get(name), name).toEqual(["'self'"]);
  });

  it('runs its background script and pages from inside the package only', async () => {
    const manifest = await packagedManifest(browser);
    const text = JSON.stringify(manifest);
    expect(text).not.toMatch(/https?:|wss?:|ftp:/);
  });
});

describe('the Firefox package', () => {
  it('has its add-on id, says it collects nothing and shows captures in the sidebar', async () => {
    const manifest = await packagedManifest('firefox');
    expect(manifest['browser_specific_settings']).toMatchObject({
      gecko: { id: 'tallywitness@tallywitness.invalid', data_collection_permissions: { required: ['none'] } },
    });
    expect(manifest['sidebar_action']).toMatchObject({ default_panel: 'sidepanel.html' });
    expect(manifest['side_panel']).toBeUndefined();
  });
});

describe('the checks themselves', () => {
  it('see a host permission, a wider policy and an optional permission as grants', () => {
    const grants = manifestGrants({
      permissions: ['storage'],
      optional_host_permissions: ['<all_urls>'],
      optional_permissions: ['downloads'],
      content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'" },
    }).map(key);
    expect(grants).toEqual([
      'permission: storage',
      'optional permission: downloads',
      'host permission: <all_urls>',
      "content security policy: script-src 'self' 'wasm-unsafe-eval'",
    ]);
    expect(manifestGrants({}).map(key)).toEqual(['content security policy: undefined']);
  });

  it('read the documented list with its browsers', () => {
    const grants = documentedGrants(threatModel);
    expect(grants).toContainEqual({ kind: 'permission', value: 'sidePanel', browsers: ['chrome'] });
  });
});
