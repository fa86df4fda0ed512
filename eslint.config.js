// Lint: ESLint's and typescript-eslint's recommended rules (no type information, so it stays fast); layout is
// Prettier's (eslint-config-prettier turns off what would fight it). Import boundaries live in
// .dependency-cruiser.cjs, which resolves real files rather than matching import strings.
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import globals from 'globals'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'schemas/**',
      'node_modules/**',
      'coverage/**',
      'demo-output/**',
      'src/config/schema/compiled-validators.js'
    ]
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: globals.node },
    rules: {
      // The tool finds control characters in user files and output on purpose (limits, terminal-safe text).
      'no-control-regex': 'off',
      // Prettier wraps code at 120; a message string it cannot break may run longer, nothing else.
      'max-len': [
        'error',
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreUrls: true, ignoreRegExpLiterals: true }
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }
      ]
    }
  },
  {
    // Tests and scripts walk recorded JSON (definitions, templates) by path; `any` there is the honest type.
    files: ['__tests__/**', 'scripts/**', 'bench/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' }
  }
)
