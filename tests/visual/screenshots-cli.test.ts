import { describe, expect, it } from 'vitest';
import { runScreenshotsCli } from './screenshots-cli.ts';

// Writing the screenshots themselves is what tests/visual.test.ts checks, against their output.
describe('npm run screenshots', () => {
	it('refuses an option it does not know, with its usage, before building anything', async () => {
		const lines: string[] = [];
		expect(await runScreenshotsCli(['--output', 'x'], (line) => lines.push(line))).toBe(2);
		expect(lines.join('\n')).toMatch(/Unknown option '--output'[\s\S]*--out <folder>/);
	});

	it('explains both of its uses with --help', async () => {
		const lines: string[] = [];
		expect(await runScreenshotsCli(['--help'], (line) => lines.push(line))).toBe(0);
		expect(lines.join('\n')).toContain('tests/visual/baselines/');
		expect(lines.join('\n')).toContain('docs/screenshots/before');
	});
});
