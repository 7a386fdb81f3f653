import { defineConfig } from 'vitest/config';

// `npm run eval`: prints the analysis metrics on tests/corpus (tests/tools/eval.ts).
export default defineConfig({
  test: {
    include: ['tests/tools/eval.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
});
