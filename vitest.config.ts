import { defineConfig } from 'vitest/config';

// One id per run, inherited by the test processes: builds that only get read are shared (tests/helpers/build-site.ts).
process.env.DESTEK_TEST_RUN ??= `${process.pid}-${Date.now()}`;

export default defineConfig({
	test: {
		include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
		// Builds of fixture sites and browser tests take seconds, not milliseconds.
		testTimeout: 120_000,
		hookTimeout: 180_000,
		// Two test files at a time: most of a browser test's time is spent waiting (for pages, the
		// search pause, the collector), so two of them fit on a 2-core machine. Builds of one site
		// are shared and locked (tests/helpers/build-site.ts); everything else a file starts
		// (servers, Chromium, PostgreSQL, scratch sites) is its own.
		maxWorkers: 2,
	},
});
