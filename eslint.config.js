// @ts-check
// ESLint flat config: JavaScript and TypeScript rules (typescript-eslint recommended; types themselves are checked by `astro check`),
// and eslint-plugin-astro for .astro files. Formatting is Prettier's job (`npm run format:check`).
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test/fixtures/**/dist/', '.bench/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Unused arguments named with a leading underscore are deliberate (callback shapes).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Layers run one way: data -> domain -> components -> pages. The data layer reads files and
  // validates them; it never reaches up into the modules that use it.
  {
    files: ['src/lib/data/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^\\.\\./', message: 'src/lib/data is the bottom layer: it may not import domain modules, components or pages.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/lib/data/import/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./\\.\\./',
              message: 'src/lib/data is the bottom layer: it may not import domain modules, components or pages.',
            },
          ],
        },
      ],
    },
  },
  // Browser code: the client scripts and the modules they run (planner, search). They get their
  // data as JSON from the page, so they never import Node, Astro's virtual modules or the data
  // loader (type imports are fine: they vanish from the bundle). src/lib/planner/data.ts builds
  // that JSON at build time and is the planner's one build-only file.
  {
    files: ['src/scripts/**/*.ts', 'src/lib/planner/**/*.ts', 'src/lib/search/**/*.ts'],
    ignores: ['src/lib/planner/data.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^node:', message: 'Browser code cannot use Node modules.' },
            { regex: '^astro(:|/|$)', message: "Browser code cannot use Astro's build-time modules." },
            {
              regex: '(^|/)(data|ladder|guides)(/index)?$|(^|/)data/(?!labels$)[\\w-]+$',
              allowTypeImports: true,
              message:
                'Browser code cannot import the data loader (or modules that read data/ or content); the page passes it the data as JSON. Words shared with pages live in src/lib/data/labels.ts.',
            },
            { regex: '(^|/)planner/data$|^\\./data$', message: 'src/lib/planner/data.ts runs at build time only.' },
          ],
        },
      ],
    },
  },
);
