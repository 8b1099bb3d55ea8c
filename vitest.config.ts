// Vitest: unit and integration tests of the core, shared code and the shell's pure logic (Node environment).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    pool: 'forks',
    globalSetup: ['tests/helpers/demo-db.setup.ts'],
  },
});
