/**
 * The help center locale that best matches the browser's preferred languages
 * (`navigator.languages`): an exact tag first (`pt-BR`), then the base language (`de-AT` → `de`),
 * then a locale sharing the base language (`pt-PT` → `pt-BR`), else the default.
 */
export function pickLocale(preferred: readonly string[], available: readonly string[], defaultLocale: string): string {
	const lower = available.map((code) => code.toLowerCase());
	for (const tag of preferred) {
		const wanted = tag.toLowerCase();
		const exact = lower.indexOf(wanted);
		if (exact !== -1) return available[exact]!;
		const base = wanted.split('-')[0]!;
		const sameBase = lower.findIndex((code) => code === base || code.split('-')[0] === base);
		if (sameBase !== -1) return available[sameBase]!;
	}
	return defaultLocale;
}
