import { defineConfig } from 'vitest/config';

// One run over every workspace. tests/support/global-setup.ts starts the real services the
// suites need (redis-server) and hands their addresses to tests through `inject`.
export default defineConfig({
  test: {
    include: ['packages/*/test/**/*.test.ts', 'services/*/test/**/*.test.ts', 'tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default', ['json', { outputFile: 'test-output/vitest.json' }]],
  },
});
