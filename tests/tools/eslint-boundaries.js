// @ts-check
/**
 * Import zones, enforced by ESLint (docs/architecture.md, "What may import what"). A local rule
 * rather than a plugin: it resolves relative imports against the file and matches the result
 * against the zone's forbidden folders, which the core `no-restricted-imports` (specifier text
 * only) cannot do. One rule name per zone, so a file in two zones keeps both sets of bans.
 */
import path from 'node:path';

/** Globals only one of Node and the browser has, or that reach outside the process. */
const NOT_SHARED = [
  'document',
  'window',
  'self',
  'navigator',
  'location',
  'browser',
  'chrome',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'caches',
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'EventSource',
  'importScripts',
  'process',
  'require',
  'module',
  'exports',
  'Buffer',
  'global',
  '__dirname',
  '__filename',
];
const NODE_BUILTINS = [
  'fs',
  'fs/**',
  'path',
  'os',
  'child_process',
  'url',
  'util',
  'crypto',
  'module',
  'worker_threads',
  'http',
  'https',
  'net',
  'process',
];

/** The zones. `files` are globs from the repository root; the others are what those files may not use. */
export const ZONES = {
  'pure-core': {
    files: [
      'lib/policy/**',
      'lib/safety-plan/**',
      'lib/analysis/**',
      'lib/checks/**',
      'lib/crisis/**',
      'lib/draft.ts',
      'lib/i18n/index.ts',
      'lib/i18n/english.ts',
      'lib/i18n/locale.ts',
    ],
    paths: [
      'lib/storage/**',
      'lib/hosts/**',
      'lib/guard/**',
      'lib/ui/**',
      'lib/messaging/**',
      'lib/cli/**',
      'entrypoints/**',
      'components/**',
    ],
    packages: [
      'wxt',
      'wxt/**',
      'webextension-polyfill',
      'react',
      'react/**',
      'react-dom',
      'react-dom/**',
      'node:*',
      ...NODE_BUILTINS,
    ],
    globals: NOT_SHARED,
    members: [],
    why: 'the pure core (policy, analysis, checks, crisis, draft) runs the same in the page, the background and Node: no storage, host, UI, messaging or I/O',
  },
  'content-script': {
    // Everything the mail page's content script reaches; a unit test keeps this list complete.
    files: [
      'entrypoints/mail.content/**',
      'lib/hosts/**',
      'lib/guard/**',
      'lib/ui/**',
      'lib/policy/address.ts',
      'lib/policy/said.ts',
      'lib/policy/words.ts',
      'lib/crisis/line-words.ts',
      'lib/crisis/line-text.ts',
      'lib/policy/listed-view.ts',
      'lib/policy/suppressions.ts',
      'lib/messaging/client.ts',
      'lib/messaging/listed-source.ts',
      'lib/messaging/protocol.ts',
      // For its Request type only: the page never builds the request schema (protocol.ts).
      'lib/messaging/requests.ts',
      'lib/messaging/errors.ts',
      'lib/messaging/findings.ts',
      'lib/checks/finding.ts',
      'lib/checks/unchecked.ts',
      'lib/draft.ts',
      'lib/selfcheck/**',
      'lib/i18n/index.ts',
      'lib/i18n/browser.ts',
      // Plain data for the in-page fallback dialog (and its CSS); the React dialog lives in the frame.
      'components/finding-titles.ts',
    ],
    // The settings schema (with its country and time-zone lists) stays in the background, which
    // hands the page who is listed (lib/policy/listed-view.ts); React stays in the frame.
    paths: [
      'lib/analysis/**',
      'lib/checks/index.ts',
      // The English catalogue: the page reads the browser's.
      'lib/checks/english-message.ts',
      'lib/i18n/english.ts',
      // Finding messages as parts: the frame reads them; the in-page fallback shows the English
      // message (docs/i18n.md, "Finding messages"), for the content script's size.
      'lib/checks/message-parts.ts',
      'components/finding-words.ts',
      'lib/messaging/handler.ts',
      'lib/policy/settings.ts',
      'lib/policy/contact-policy.ts',
      'lib/storage/**',
      'components/SendCheckDialog.tsx',
      'components/CrisisLines.tsx',
      'components/SelfCheckPanel.tsx',
      'components/options/**',
    ],
    packages: ['compromise', 'compromise/**', 'react', 'react/**', 'react-dom', 'react-dom/**'],
    globals: [],
    members: [],
    why: 'the content script stays small: the text analysis, compromise and the settings schema run in the background, React in the extension frame',
  },
  ui: {
    files: ['components/**'],
    paths: ['lib/hosts/**', 'lib/guard/**', 'lib/ui/**', 'lib/storage/**', 'lib/messaging/**', 'entrypoints/**'],
    packages: ['wxt', 'wxt/**', 'webextension-polyfill'],
    globals: ['browser', 'chrome'],
    members: [
      'document.querySelector',
      'document.querySelectorAll',
      'document.getElementById',
      'document.getElementsByClassName',
      'document.getElementsByTagName',
      'document.getElementsByName',
    ],
    why: 'components take props and callbacks only: no browser.*, no host page DOM',
  },
};

/** A glob (`**`, `*`, `{a,b}`) as a regular expression over a whole path. */
export function globToRegExp(glob) {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      out += glob[i + 2] === '/' ? '(?:.*/)?' : '.*';
      i += glob[i + 2] === '/' ? 2 : 1;
    } else if (c === '*') out += '[^/]*';
    else if (c === '{') out += '(?:';
    else if (c === '}') out += ')';
    else if (c === ',') out += '|';
    else out += c.replace(/[.+?^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

/** Does a repository path match any glob? A glob ending in `/**` also matches the folder itself. */
export function matchesAny(file, globs) {
  return globs.some((glob) => globToRegExp(glob).test(file) || (glob.endsWith('/**') && file === glob.slice(0, -3)));
}

const EXTENSIONS = ['', '.ts', '.tsx', '.js', '/index.ts', '/index.tsx'];

/** @param {{ paths: string[], packages: string[], globals: string[], members: string[], why: string }} zone */
function zoneRule(zone) {
  return {
    meta: { type: 'problem', schema: [], docs: { description: zone.why } },
    create(context) {
      const root = context.cwd;
      const fromDir = path.dirname(context.filename);

      const checkSpecifier = (node, specifier) => {
        if (typeof specifier !== 'string') return;
        if (specifier.startsWith('.')) {
          const target = path
            .relative(root, path.resolve(fromDir, specifier.replace(/\?.*$/, '')))
            .split(path.sep)
            .join('/');
          const hit = EXTENSIONS.map((ext) => target + ext).find((file) => matchesAny(file, zone.paths));
          if (hit) context.report({ node, message: `Do not import ${hit} here: ${zone.why}.` });
        } else if (matchesAny(specifier, zone.packages)) {
          context.report({ node, message: `Do not import "${specifier}" here: ${zone.why}.` });
        }
      };
      const sourceOf = (node) => node.source && node.source.value;

      return {
        ImportDeclaration: (node) => checkSpecifier(node, sourceOf(node)),
        ExportNamedDeclaration: (node) => checkSpecifier(node, sourceOf(node)),
        ExportAllDeclaration: (node) => checkSpecifier(node, sourceOf(node)),
        ImportExpression: (node) => node.source.type === 'Literal' && checkSpecifier(node, node.source.value),
        TSImportType: (node) => {
          const literal = node.argument?.literal ?? node.source;
          if (literal && literal.type === 'Literal') checkSpecifier(node, literal.value);
        },
        MemberExpression: (node) => {
          if (node.object.type !== 'Identifier' || node.computed || node.property.type !== 'Identifier') return;
          const viaGlobalObject = ['globalThis', 'self', 'window', 'global'].includes(node.object.name);
          if (viaGlobalObject && zone.globals.includes(node.property.name)) {
            context.report({ node, message: `Do not use ${node.property.name} here: ${zone.why}.` });
          }
          const member = `${node.object.name}.${node.property.name}`;
          if (zone.members.includes(member))
            context.report({ node, message: `Do not use ${member} here: ${zone.why}.` });
        },
        'Program:exit': (program) => {
          const scope = context.sourceCode.getScope(program);
          const refs = [
            ...scope.through,
            ...scope.variables.filter((v) => v.defs.length === 0).flatMap((v) => v.references),
          ];
          for (const ref of refs) {
            if (zone.globals.includes(ref.identifier.name)) {
              context.report({ node: ref.identifier, message: `Do not use ${ref.identifier.name} here: ${zone.why}.` });
            }
          }
        },
      };
    },
  };
}

export const boundaries = {
  meta: { name: 'between-sessions-boundaries' },
  rules: Object.fromEntries(Object.entries(ZONES).map(([name, zone]) => [name, zoneRule(zone)])),
};

/** Flat-config entries: one per zone, each turning on its own rule for its files. */
export const boundaryConfigs = Object.entries(ZONES).map(([name, zone]) => ({
  files: zone.files,
  plugins: { boundaries },
  rules: { [`boundaries/${name}`]: 'error' },
}));
