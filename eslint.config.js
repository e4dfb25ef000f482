// @ts-check
/**
 * The layering rules of docs/architecture.md, enforced: SQL lives in repositories and src/server/db, routes speak
 * only HTTP and call services, the HTTP layer knows no feature module, the web app never reaches into the server.
 * Only two type-aware rules run (no-floating-promises, switch-exhaustiveness-check), and only on server and shared
 * code and the scripts that drive them, so `npm run lint` stays fast.
 */
import tseslint from 'typescript-eslint';

const SQL = [
  { name: 'drizzle-orm', message: 'SQL belongs in a *.repo.ts file or src/server/db/.' },
];
const SQL_PATTERNS = [
  { group: ['drizzle-orm/*'], message: 'SQL belongs in a *.repo.ts file or src/server/db/.' },
  { group: ['**/db/schema/*', '**/db/schema', '**/db/raw.js', '**/db/search.js'], message: 'Tables and SQL helpers belong to *.repo.ts files and src/server/db/.' },
  // A service or route may carry the database handle it is given (to open a transaction, to pass it on) by its type.
  { group: ['**/db/client.js'], allowTypeImports: true, message: 'Only the composition roots open a database; elsewhere import its type.' },
];

/** Routes speak HTTP: they import their service, the shared zod contract, src/server/http and other route plugins. */
const ROUTE_IMPORTS = {
  regex: String.raw`^\.(?!.*(\.service\.js|\.routes\.js|/shared/schemas/[\w-]+\.js|/http/[\w-]+\.js)$)`,
  allowTypeImports: true,
  message: 'A route imports only services, shared schemas, src/server/http and route plugins.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.tmp/**', 'data/**', 'src/web/**/*.json'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ['src/server/**/*.ts', 'src/shared/**/*.ts', 'src/cli.ts', 'scripts/**/*.ts', 'bench/**/*.ts'],
    // Compiled on its own against the client generated from openapi.json (scripts/check-openapi.ts).
    ignores: ['scripts/openapi-client/**'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    // Exceptions, each with its reason:
    // - src/server/db/: the database itself (client, schema, migrations, SQL helpers, backups);
    // - *.repo.ts: the repositories, the only feature code with SQL;
    // - src/server/seed/: loaders that bulk-insert reference and demo data straight into tables;
    // - tests and src/server/test/: factories and assertions read and write tables directly to check what the API did;
    // - main.ts, cli.ts, app.ts: the composition roots that open the database and hand it to the features.
    ignores: [
      'src/server/db/**',
      '**/*.repo.ts',
      'src/server/seed/**',
      '**/*.test.ts',
      'src/server/test/**',
    ],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: SQL, patterns: SQL_PATTERNS }] },
  },
  {
    files: ['src/server/main.ts', 'src/cli.ts', 'src/server/app.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: SQL, patterns: SQL_PATTERNS.slice(0, 2) }] },
  },
  {
    files: ['src/server/modules/**/*.routes.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: SQL, patterns: [...SQL_PATTERNS, ROUTE_IMPORTS] }] },
  },
  {
    files: ['src/server/http/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: SQL,
        patterns: [...SQL_PATTERNS, { group: ['**/modules/**'], message: 'The HTTP layer knows no feature module; app.ts wires them together.' }],
      }],
    },
  },
  {
    files: ['src/web/**/*.ts', 'src/web/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        paths: SQL,
        patterns: [{ group: ['**/server/**', '**/server'], message: 'The web app talks to the server over HTTP only; share code through src/shared.' }],
      }],
    },
  },
);
