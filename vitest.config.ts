import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 30000,
    // Tests start the CLI as a process and parse with WASM: threads keep memory low on 2 cores.
    pool: 'forks',
  },
});
