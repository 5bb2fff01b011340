import { getRecorder } from '../analytics/recorder.ts';
import { takeReturn } from '../analytics/result-return.ts';

/** Records the return this page show stands for (see result-return.ts), and sends it at once. */
export function countReturn(): void {
	const returned = takeReturn('show', location.pathname);
	if (!returned) return;
	const recorder = getRecorder();
	recorder.record(returned);
	recorder.flush();
}
