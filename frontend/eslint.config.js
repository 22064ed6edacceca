import { readdirSync } from 'node:fs';

import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Zones from the folders themselves, so a new feature is covered the day it is added.
const folders = (parent) =>
  readdirSync(new URL(parent, import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
const features = folders('./src/features/');
const capabilities = folders('./src/capabilities/');

// Unidirectional architecture: shared code -> capabilities -> features -> app.
// Capabilities (avatar, recordings) serve any feature; features never import each other.
const featureBoundaries = features.map((feature) => ({
  files: [`src/features/${feature}/**`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: ['@/app/*', '@/app'], message: 'Features must not import from the app layer.' },
          ...features
            .filter((other) => other !== feature)
            .map((other) => ({
              group: [`@/features/${other}/*`, `@/features/${other}`],
              message: 'Features must not import each other; compose them in src/app.',
            })),
        ],
      },
    ],
  },
}));

const capabilityBoundaries = capabilities.map((capability) => ({
  files: [`src/capabilities/${capability}/**`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['@/app/*', '@/app', '@/features/*'],
            message: 'Capabilities serve features; they import neither features nor the app layer.',
          },
          ...capabilities
            .filter((other) => other !== capability)
            .map((other) => ({
              group: [`@/capabilities/${other}/*`, `@/capabilities/${other}`],
              message: 'Capabilities must not import each other.',
            })),
        ],
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'test-results', 'playwright-report', 'src/api/schema.d.ts'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      ecmaVersion: 2022,
      globals: globals.browser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    files: ['src/components/**', 'src/lib/**', 'src/config/**', 'src/api/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/features/*', '@/capabilities/*', '@/app/*', '@/app'],
              message: 'Shared code must not import capabilities, features or the app layer.',
            },
          ],
        },
      ],
    },
  },
  ...featureBoundaries,
  ...capabilityBoundaries,
  {
    files: ['src/testing/**', '**/*.test.{ts,tsx}', 'e2e/**'],
    rules: { 'react-refresh/only-export-components': 'off' },
  },
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs', 'eslint.config.js'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
  },
);
