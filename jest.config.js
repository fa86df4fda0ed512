/**
 * Jest runs the TypeScript sources as ES modules through ts-jest (type checking is `npm run typecheck`), in three
 * projects: `unit` (pure code, in-memory fakes of our own interfaces), `integration` (the real SDK clients against
 * the emulators over HTTPS) and `e2e` (dist/ in a child process; the project's global setup rebuilds dist/ first
 * when it differs from the sources). `npm run test:unit` etc. run one.
 */
const common = {
  // Jest's node environment, sharing the Kusto language service between a worker's test files.
  testEnvironment: '<rootDir>/scripts/jest-environment.mjs',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, diagnostics: false }]
  }
}

export default {
  // A guard against a hung test, not a speed limit: on a loaded machine an e2e test runs several children in turn.
  testTimeout: 300_000,
  // Jest's default on two cores is one worker; most of an integration or e2e test's time is spent waiting on a
  // child process or an emulator, so a worker per core overlaps that waiting with other tests' work.
  maxWorkers: '100%',
  // A worker is replaced after a test file that leaves its heap above this. No test leaves a handle open (the event
  // loop is empty when Jest ends a worker); what held workers past Jest's 500 ms grace ("A worker process has failed
  // to exit gracefully") was their size: each test file's module registry leaves a few MB behind, so a worker
  // reached 600-800 MB, and the OS takes about 0.5 ms a MB to tear a process down on this 2-core machine.
  workerIdleMemoryLimit: '400MB',
  projects: [
    { ...common, displayName: 'unit', testMatch: ['<rootDir>/__tests__/unit/**/*.test.ts'] },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/__tests__/integration/**/*.test.ts'] },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/__tests__/e2e/**/*.test.ts'],
      globalSetup: '<rootDir>/scripts/ensure-dist.mjs'
    }
  ]
}
