import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Removes the temp folders of test/helpers after each test file.
    setupFiles: ['test/helpers/setup.ts'],
    testTimeout: 30000,
  },
});
