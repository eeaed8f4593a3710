// @ts-check
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');

module.exports = tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'artifacts/', 'coverage/', 'public/vendor/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-non-null-assertion': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The service loads botbuilder and botframework-connector through one module, bundled at build time
    // (src/framework/botFramework.ts); a second, unbundled copy would cost the start-up and split their classes.
    // prom-client and zod likewise, through src/framework/promClient.ts and src/framework/zod.ts.
    files: ['src/**/*.ts', 'dialogs/**/*.ts'],
    ignores: ['src/framework/botFramework.ts', 'src/framework/promClient.ts', 'src/framework/zod.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            ...['botbuilder', 'botbuilder-core', 'botframework-connector'].map((name) => ({
              name,
              message: 'Import values from src/framework/botFramework.ts; types may come from the package.',
              allowTypeImports: true,
            })),
            {
              name: 'prom-client',
              message: 'Import values from src/framework/promClient.ts; types may come from the package.',
              allowTypeImports: true,
            },
            {
              name: 'zod',
              message: 'Import values from src/framework/zod.ts; types may come from the package.',
              allowTypeImports: true,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        console: 'readonly',
        process: 'readonly',
        window: 'readonly',
        document: 'readonly',
        fetch: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
