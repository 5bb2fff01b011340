// The bench's search and compression tables: one column per measured site, the issue's target in
// the last, and ✓/✗ where a Destek figure meets it or not.

const kB = (bytes) => (bytes == null ? '–' : `${(bytes / 1024).toFixed(1)} kB`);
const mark = (ok) => (ok ? ' ✓' : ' ✗');

/**
 * `sites`: `[{ label, tool: 'destek' | 'starlight', articlesPerLocale, search }]`, `search` as
 * probeSearch returns it. Returns rows, the first the header.
 */
export function searchRows(sites, locales) {
	const peer = sites.find((s) => s.tool === 'starlight')?.search;
	const rows = [['search', ...sites.map((s) => s.label), 'target']];
	const add = (label, cell, target) => rows.push([label, ...sites.map((s) => (s.search ? cell(s.search, s) : '–')), target]);
	const judged = (s, ok) => (s.tool === 'destek' ? mark(ok) : '');
	for (const locale of locales) {
		const at = (search) => search[locale];
		const q = sites.find((s) => s.search)?.search[locale]?.firstQuery.query;
		add(
			`first search "${q}": gzip bytes before results`,
			(search, s) => {
				const { firstQuery, floor } = at(search);
				const over = firstQuery.gzipBytes + firstQuery.beforeReach.gzipBytes - floor.gzipBytes;
				return `${kB(firstQuery.gzipBytes)}${firstQuery.beforeReach.gzipBytes ? ` + ${kB(firstQuery.beforeReach.gzipBytes)} before` : ''} (floor ${kB(floor.gzipBytes)}, ${over >= 0 ? '+' : ''}${kB(over)})${judged(s, over <= 10 * 1024)}`;
			},
			'≤ floor + 10 kB',
		);
		add(
			`  round trips (requests in series, ${sites.find((s) => s.search)?.search[locale]?.firstQuery.roundTripMs ?? '?'} ms each)`,
			(search, s) => `${at(search).firstQuery.roundTrips}${judged(s, at(search).firstQuery.roundTrips <= 4)}`,
			'4',
		);
		add(
			`  last key → results p50 / p95`,
			(search, s) => {
				const { p50, p95 } = at(search).firstQuery.msLastKeyToResults;
				const limit = s.articlesPerLocale <= 1000 ? 120 : 200;
				const peerP50 = peer?.[locale]?.firstQuery.msLastKeyToResults.p50;
				return `${p50} / ${p95} ms${judged(s, p50 <= limit && (peerP50 == null || p50 < peerP50))}`;
			},
			'≤ 120 ms at 1,000, ≤ 200 at 5,000, below Starlight',
		);
		add(`  click → results p50 / p95`, (search) => `${at(search).firstQuery.msClickToResults.p50} / ${at(search).firstQuery.msClickToResults.p95} ms`, '');
		add(
			`  long tasks while typing (worst run)`,
			(search, s) => {
				const { longTasksWhileTyping, longestTaskWhileTypingMs } = at(search).firstQuery;
				return `${longTasksWhileTyping}, longest ${longestTaskWhileTypingMs} ms${judged(s, longTasksWhileTyping === 0)}`;
			},
			'none over 50 ms',
		);
		if (sites.some((s) => s.search?.[locale]?.phone)) {
			add(
				`  phone (4× CPU, Fast 3G): click → results p50`,
				(search, s) => {
					const phone = at(search).phone;
					if (!phone) return '–';
					const seconds = phone.msClickToResults.p50 / 1000;
					return `${seconds.toFixed(2)} s (${phone.runs}×), ${phone.roundTrips} round trips${s.articlesPerLocale <= 1000 ? judged(s, seconds <= 4) : ''}`;
				},
				'≤ 4.0 s at 1,000',
			);
		}
		add(
			`  later queries median / p95`,
			(search, s) => {
				const { medianMs, p95Ms, count } = at(search).laterQueries;
				return `${medianMs} / ${p95Ms} ms (${count})${judged(s, p95Ms <= 50)}`;
			},
			'p95 ≤ 50 ms',
		);
	}
	return rows;
}

/** Rows of compressionByKind: what each way of compressing sends, and brotli -11's saving on gzip -6. */
export function compressionRows(byKind) {
	const rows = [['file (kind)', 'raw', 'gzip -1', 'gzip -6', 'gzip -9', 'brotli -5', 'brotli -11', 'brotli -11 saves on gzip -6']];
	for (const [kind, size] of Object.entries(byKind)) {
		const saved = size.gzip6 - size.brotli11;
		rows.push([
			kind,
			kB(size.raw),
			kB(size.gzip1),
			kB(size.gzip6),
			kB(size.gzip9),
			kB(size.brotli5),
			kB(size.brotli11),
			`${kB(saved)} (${((saved / size.gzip6) * 100).toFixed(0)}%)`,
		]);
	}
	return rows;
}

/** A Markdown table with padded columns. */
export function markdownTable(rows) {
	const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
	const line = (row) => `| ${row.map((cell, column) => String(cell).padEnd(widths[column])).join(' | ')} |`;
	return [line(rows[0]), line(widths.map((w) => '-'.repeat(w))), ...rows.slice(1).map(line)].join('\n');
}
