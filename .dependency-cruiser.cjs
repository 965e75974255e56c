/**
 * The layer order of src/ (docs/architecture.md). A folder may import from
 * its own files and from folders in LOWER layers only; folders in the same
 * layer are independent of each other. Type-only imports count: a cycle
 * through types is still a cycle a reader has to untangle.
 *
 * There is no exceptions list: a new import that breaks the order fails
 * `npm test` (test/architecture/layers.test.ts).
 */
const LAYERS = [
  ['util', 'generated'],
  ['diagnostics'],
  ['i18n'],
  ['load'],
  ['model', 'write'],
  ['validate'],
  ['rules'],
  ['suppress', 'policy', 'health'],
  ['formatters', 'render', 'diff', 'tidy', 'scaffold', 'cache', 'edit'],
  ['app'],
  ['cli', 'lsp'],
];

const folder = (name) => `^src/${name}/`;
const layerRules = LAYERS.flatMap((layer, i) => {
  const allowed = new Set(LAYERS.slice(0, i).flat());
  return layer.map((name) => ({
    name: `layer-${name}`,
    comment: `src/${name}/ may use only ${allowed.size ? [...allowed].map((f) => `src/${f}/`).join(', ') : 'itself'} (layer ${i} of docs/architecture.md)`,
    severity: 'error',
    from: { path: folder(name) },
    to: {
      path: '^src/',
      pathNot: [folder(name), ...[...allowed].map(folder)],
    },
  }));
});

module.exports = {

  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import cycles, type imports included.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-orphan-folders',
      comment: 'Every folder of src/ has its place in a layer (add it to LAYERS and docs/architecture.md).',
      severity: 'error',
      from: { path: '^src/[^/]+/', pathNot: `^src/(${LAYERS.flat().join('|')})/` },
      to: {},
    },
    {
      name: 'public-api-only-from-top',
      comment: 'src/index.ts is the package entry for plugin authors; nothing inside src/ imports it.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^src/index\\.ts$' },
    },
    ...layerRules,
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    combinedDependencies: false,
  },
};

// The layer list itself, for scripts/gen-architecture.mjs and the tests
// (not enumerable: dependency-cruiser rejects unknown configuration keys).
Object.defineProperty(module.exports, 'LAYERS', { value: LAYERS, enumerable: false });
