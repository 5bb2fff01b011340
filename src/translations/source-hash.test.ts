import { describe, expect, it } from 'vitest';
import { sourceHash } from './source-hash.ts';

const source = `---
title: İade süreci
description: Ürünü 14 gün içinde iade edebilirsiniz.
updated: 2026-10-01
keywords: [geri gönderme]
---

## Adımlar

Kargo kodunu alın.
`;

describe('source hashes', () => {
	it('are short, stable hex fingerprints', () => {
		expect(sourceHash(source)).toMatch(/^[0-9a-f]{12}$/);
		expect(sourceHash(source)).toBe(sourceHash(source));
	});

	it('change when what a translator translates changes', () => {
		expect(sourceHash(source.replace('14 gün', '30 gün'))).not.toBe(sourceHash(source));
		expect(sourceHash(source.replace('İade süreci', 'İade'))).not.toBe(sourceHash(source));
		expect(sourceHash(source.replace('geri gönderme', 'para iadesi'))).not.toBe(sourceHash(source));
	});

	it('do not change for a new date, line endings or trailing spaces', () => {
		expect(sourceHash(source.replace('2026-10-01', '2026-11-20'))).toBe(sourceHash(source));
		expect(sourceHash(source.replace(/\n/g, '\r\n'))).toBe(sourceHash(source));
		expect(sourceHash(source.replace('Kargo kodunu alın.', 'Kargo kodunu alın.   '))).toBe(sourceHash(source));
	});
});
