/** Detail of the `destek:feedback` event, the contract with the analytics hook and store scripts. */
export interface FeedbackDetail {
	/** Article id `<category>/<slug>`. */
	article: string;
	locale: string;
	helpful: boolean;
}

export const FEEDBACK_EVENT = 'destek:feedback';

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
		const detail: FeedbackDetail = {
			article: this.dataset.article ?? '',
			locale: this.dataset.locale ?? document.documentElement.lang,
			helpful,
		};
		window.dispatchEvent(new CustomEvent(FEEDBACK_EVENT, { detail }));
		const question = this.querySelector<HTMLElement>('[data-question]');
		const status = this.querySelector<HTMLElement>('[role="status"]');
		if (question) question.hidden = true;
		if (status) status.textContent = (helpful ? this.dataset.thanks : this.dataset.thanksNo) ?? '';
	}
}

if (!customElements.get('destek-feedback')) customElements.define('destek-feedback', DestekFeedback);
