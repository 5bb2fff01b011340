import { defineConfig } from 'vitest/config';

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
