import { describe, expect, it } from 'vitest';
import { readCollectorVars } from './collector-vars.ts';

describe('the collector variables', () => {
	it('reads each as written in an environment, and leaves unset or empty ones to the defaults', () => {
		expect(
			readCollectorVars({
				DESTEK_DATABASE_URL: 'postgresql://u:p@db/destek?sslmode=require',
				DESTEK_ALLOWED_ORIGINS: ' https://a.example, https://b.example ',
				DESTEK_RATE_LIMIT: '120',
				DESTEK_RETENTION_DAYS: '30',
			}),
		).toEqual({
			DESTEK_DATABASE_URL: 'postgresql://u:p@db/destek?sslmode=require',
			DESTEK_ALLOWED_ORIGINS: ['https://a.example', 'https://b.example'],
			DESTEK_RATE_LIMIT: 120,
			DESTEK_RETENTION_DAYS: 30,
		});
		expect(readCollectorVars({ DESTEK_DATABASE_URL: '', DESTEK_RATE_LIMIT: '', PATH: '/usr/bin' })).toEqual({});
		expect(readCollectorVars({ DESTEK_ALLOWED_ORIGINS: '*' }).DESTEK_ALLOWED_ORIGINS).toEqual(['*']);
	});

	it('names every variable it cannot read, what it holds and what to write, never running with a guess', () => {
		expect(() =>
			readCollectorVars({
				DESTEK_DATABASE_URL: 'mysql://db/destek',
				DESTEK_ALLOWED_ORIGINS: 'https://a.example/help/',
				DESTEK_RATE_LIMIT: '0',
				DESTEK_RETENTION_DAYS: 'forever',
			}),
		).toThrow(
			`The Destek collector's settings are wrong. DESTEK_DATABASE_URL is "mysql://db/destek": is not a PostgreSQL URL: it starts with postgres:// or postgresql://; DESTEK_ALLOWED_ORIGINS is "https://a.example/help/": give an origin without a path, e.g. "https://help.example.com"; DESTEK_RATE_LIMIT is "0": write 1 or more; DESTEK_RETENTION_DAYS is "forever": write a whole number.`,
		);
	});
});
