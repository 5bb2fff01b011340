/**
 * `YYYY-MM-DD` in the writer's own time zone: at 01:00 in Istanbul the UTC date is still
 * yesterday, and `updated` should say the day the writer sees.
 */
export function localDate(now: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
