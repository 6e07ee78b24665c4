// ESLint for the whole tree (npm run lint, part of npm test). Formatting is Prettier's (npm run format).
import js from "@eslint/js"
import globals from "globals"
import tseslint from "typescript-eslint"

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      "**/.next/**",
      "**/.medusa/**",
      "**/.data/**",
      "**/.turbo/**",
      "**/coverage/**",
      "**/test-results/**",
      "storefront/src/generated/**",
      "storefront/next-env.d.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      "max-len": [
        "error",
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreUrls: true, ignoreRegExpLiterals: true },
      ],
      // A leading underscore names what a signature or a destructuring must hold but the code does not use.
      "@typescript-eslint/no-unused-vars": [
        "error",
        {
          argsIgnorePattern: "^_",
          varsIgnorePattern: "^_",
          destructuredArrayIgnorePattern: "^_",
          ignoreRestSiblings: true,
        },
      ],
    },
  },
  {
    // Layers (issue 20): lib/ is plumbing that every layer may use, so it imports none of them. No exceptions.
    files: ["backend/src/lib/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(\\.\\./)+(workflows|api|modules|personal-data|returns)(/|$)",
              message:
                "backend/src/lib is plumbing: it may not import workflows, api, modules, personal-data or returns.",
            },
          ],
        },
      ],
    },
  },
  {
    // The named folders beside the three tiers (SQL across module owners, the rules of returns) are called by
    // workflows and routes, never the other way round.
    files: ["backend/src/personal-data/**", "backend/src/returns/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(\\.\\./)+(workflows|api)(/|$)",
              message: "personal-data and returns are called by workflows and routes: they may not import them.",
            },
          ],
        },
      ],
    },
  },
  {
    // Modules hold data and never know the HTTP layer that calls them.
    files: ["backend/src/modules/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^(\\.\\./)+(api|workflows|personal-data|returns)(/|$)",
              message:
                "A module may not import api, workflows, personal-data or returns: they call it, not the other way round.",
            },
          ],
        },
      ],
    },
  },
  {
    // CommonJS files (Jest's set-up, the storefront's server, devkit helpers) load with require.
    files: ["**/*.cjs", "**/*.js"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Tests read HTTP answers loosely (their assertions say the shape) and load modules afresh with require.
    files: ["**/integration-tests/**", "**/__tests__/**", "**/e2e/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off", "@typescript-eslint/no-require-imports": "off" },
  },
)
