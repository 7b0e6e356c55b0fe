// The layers of DESIGN.md ("Layers"), as lint rules: each layer imports only from the layers
// below it. From the bottom up: simulators/kit, simulators/<vendor>, connector/, dashboard/,
// app/ (the composition and the public API), scenarios/ (engine and reporters), the CLI.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import importX from 'eslint-plugin-import-x';

const root = fileURLToPath(new URL('.', import.meta.url));

// every directory under simulators/ but the kit is a vendor; a new vendor is covered when it appears
const vendors = readdirSync(new URL('simulators/', import.meta.url), { withFileTypes: true })
  .filter((e) => e.isDirectory() && e.name !== 'kit')
  .map((e) => `simulators/${e.name}`);

// the CLI: bin/ and scenarios/cli*.ts
const cli = ['bin/**', 'scenarios/cli*.ts'];
// development code no shipped layer may lean on
const devOnly = ['test', 'bench', 'scripts'];

/** A zone: files under `target` must not import anything under `from`. */
const zone = (target, from, why) => ({ target, from, message: why });

const zones = [
  zone('simulators/kit', [...vendors, 'connector', 'dashboard', 'app', 'scenarios', 'bin', ...devOnly], 'The kit is vendor-agnostic and sits below everything (DESIGN.md, Layers).'),
  ...vendors.map((vendor) =>
    zone(vendor, [...vendors.filter((v) => v !== vendor), 'connector', 'dashboard', 'app', 'scenarios', 'bin', ...devOnly], 'A vendor simulator imports only the kit and its own files; wiring vendors together is app/\'s job.'),
  ),
  zone('connector', [...vendors, 'dashboard', 'app', 'scenarios', 'bin', ...devOnly], 'The connector talks to vendors only over their APIs and knows nothing of the sandbox above it.'),
  // the page runs in a browser: it may import only the API's types and its own files, so no Node module is bundled into it
  zone(
    'dashboard/client',
    ['simulators/**', 'connector/**', 'app/**', 'scenarios/**', 'bin/**', 'dashboard/!(client|api-types.ts)', 'dashboard/stories/**', ...devOnly.map((d) => `${d}/**`)],
    'The dashboard page runs in the browser: it imports only dashboard/api-types.ts and its own files.',
  ),
  zone('dashboard', [...vendors, 'connector', 'app', 'scenarios', 'bin', ...devOnly], 'The dashboard reads the sandbox through the kit and the simulators\' operations: never a vendor\'s internals, the connector, or the composition and scenarios above it.'),
  // app/scenarios.ts is the `./scenarios` package entry: it re-exports the scenario runner, so it
  // sits above the engine; every other app/ module is below it
  zone('app/**/!(scenarios).ts', ['scenarios/**', ...cli, ...devOnly.map((d) => `${d}/**`)], 'app/ wires the layers below it; the scenario engine and the CLI build on app/, not the reverse.'),
  zone(['scenarios/engine', 'scenarios/conformance', 'scenarios/reporters'], [...cli, ...devOnly.map((d) => `${d}/**`)], 'The scenario engine runs as a library; the CLI calls it, not the reverse.'),
];

export default [
  // dist/ holds the compiled copy of the layers linted here
  { ignores: ['dist/'] },
  {
    files: ['{app,simulators,connector,dashboard,scenarios}/**/*.{ts,tsx}'],
    languageOptions: { parser: tsParser },
    plugins: { 'import-x': importX },
    settings: {
      // sources import each other as ./x.js (NodeNext); the files are ./x.ts
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'], extensionAlias: { '.js': ['.ts', '.tsx', '.js'] } })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones }],
    },
  },
];
