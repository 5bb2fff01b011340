import { getRecorder } from '../analytics/recorder.ts';
import { takeReturn } from '../analytics/result-return.ts';

/**
 * Records the return this page show stands for (see result-return.ts), and sends it at once.
 * `back`: the page came back by Back or Forward (from the back/forward cache, or loaded again).
 */
export function countReturn(back: boolean): void {
	const returned = takeReturn(back ? 'back' : 'page', location.pathname);
	if (!returned) return;
	const recorder = getRecorder();
	recorder.record(returned);
	recorder.flush();
}
