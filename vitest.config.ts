import { defineConfig } from 'vitest/config';

// One id per run, inherited by the test processes: builds that only get read are shared (tests/helpers/build-site.ts).
process.env.DESTEK_TEST_RUN ??= `${process.pid}-${Date.now()}`;

export default defineConfig({
	test: {
		include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
		// Builds of fixture sites and browser tests take seconds, not milliseconds.
		testTimeout: 120_000,
		hookTimeout: 180_000,
		// Fixture builds and Chromium are heavy: one test file at a time on small CI machines.
		fileParallelism: false,
	},
});
