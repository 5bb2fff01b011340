import type { Recorder } from './search-tracking.ts';

/**
 * A recorder whose code (scrubbing, the beacon queue, the adapters: 2.6 kB gzip) is fetched once
 * the first results are on screen (`load`) rather than before them: what is recorded earlier waits
 * for it, in order. Events come at the earliest when a search settles, a second or more later.
 */
export class DeferredRecorder implements Recorder {
	private recorder: Recorder | undefined;
	private loading: Promise<void> | undefined;
	private readonly waiting: Array<(recorder: Recorder) => void> = [];

	constructor(private readonly importRecorder: () => Promise<Recorder>) {}

	load(): void {
		this.loading ??= this.importRecorder().then(
			(recorder) => {
				this.recorder = recorder;
				for (const call of this.waiting.splice(0)) call(recorder);
			},
			() => (this.loading = undefined), // asked again with the next event
		);
	}

	record(...args: Parameters<Recorder['record']>): void {
		this.call((recorder) => recorder.record(...args));
	}

	flush(): void {
		this.call((recorder) => recorder.flush());
	}

	private call(use: (recorder: Recorder) => void): void {
		if (this.recorder) return use(this.recorder);
		this.waiting.push(use);
		this.load();
	}
}
