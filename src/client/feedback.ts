/**
 * `<destek-feedback>`: "Was this helpful? Yes / No". The buttons do nothing without JavaScript, so
 * the element stays hidden until it is upgraded here. One answer per page view.
 */
export class DestekFeedback extends HTMLElement {
	connectedCallback(): void {
		this.hidden = false;
		for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-helpful]')) {
			button.addEventListener('click', () => this.answer(button.dataset.helpful === 'yes'));
		}
	}

	private answer(helpful: boolean): void {
		this.thank(helpful);
		void this.record(helpful);
	}

	/** `destek:feedback` on window, and to the collector (src/analytics/events.ts); loaded on the first answer. */
	private async record(helpful: boolean): Promise<void> {
		const { getRecorder } = await import('./analytics/recorder.ts');
		const recorder = getRecorder();
		recorder.record({
			type: 'feedback',
			article: this.dataset.article ?? '',
			helpful,
			locale: this.dataset.locale ?? document.documentElement.lang,
			path: location.pathname,
			ts: Date.now(),
		});
		recorder.flush();
	}

	private thank(helpful: boolean): void {
		const question = this.querySelector<HTMLElement>('[data-question]');
		const status = this.querySelector<HTMLElement>('[role="status"]');
		if (question) question.hidden = true;
		if (status) status.textContent = (helpful ? this.dataset.thanks : this.dataset.thanksNo) ?? '';
	}
}

if (!customElements.get('destek-feedback')) customElements.define('destek-feedback', DestekFeedback);
