import { describe, expect, it } from 'vitest';
import { workerSettings } from './worker-settings.ts';

describe('the Worker settings from wrangler.jsonc vars', () => {
	it('falls back to the analytics defaults, ignoring the bindings beside the vars', () => {
		expect(workerSettings({ DB: {}, ASSETS: {} })).toEqual({ allowedOrigins: [], rateLimitPerMinute: 60, retentionDays: 180 });
	});

	it('reads numbers written as JSON or as dashboard text, and a comma-separated list of origins', () => {
		expect(
			workerSettings({ DESTEK_ALLOWED_ORIGINS: ' https://www.example.com, https://shop.example.com ', DESTEK_RATE_LIMIT: '120', DESTEK_RETENTION_DAYS: 30 }),
		).toEqual({
			allowedOrigins: ['https://www.example.com', 'https://shop.example.com'],
			rateLimitPerMinute: 120,
			retentionDays: 30,
		});
		expect(workerSettings({ DESTEK_ALLOWED_ORIGINS: '' }).allowedOrigins).toEqual([]);
	});

	it('refuses a wrong value, naming the var, what it holds and what to write', () => {
		expect(() => workerSettings({ DESTEK_RATE_LIMIT: 'many', DESTEK_ALLOWED_ORIGINS: 'https://www.example.com/help/' })).toThrowErrorMatchingInlineSnapshot(
			`[Error: The Destek collector's settings are wrong. vars.DESTEK_ALLOWED_ORIGINS in wrangler.jsonc is "https://www.example.com/help/": give an origin without a path, e.g. "https://help.example.com"; vars.DESTEK_RATE_LIMIT in wrangler.jsonc is "many": write a whole number.]`,
		);
		expect(() => workerSettings({ DESTEK_RETENTION_DAYS: 0 })).toThrow('vars.DESTEK_RETENTION_DAYS in wrangler.jsonc is 0: write 1 or more');
	});
});
