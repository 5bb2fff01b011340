/**
 * A full disk or an unreachable database fails every request until it is fixed: one line when
 * writing starts to fail (with the database's reason) and one when it works again, not a line per
 * request.
 */
export function reportStoreHealth(log: (line: string) => void) {
	let failing = false;
	return {
		failed(error: unknown) {
			if (failing) return;
			failing = true;
			const reason = error instanceof Error ? error.message : String(error);
			log(`[destek collector] cannot write search events (${reason}); answering 503 until the database can be written again`);
		},
		worked() {
			if (!failing) return;
			failing = false;
			log('[destek collector] writing search events again');
		},
	};
}
