/**
 * The phone header's search button. Without JavaScript it is a link to the search page; with it,
 * it opens the header's search box in place and focuses the field in the click itself (iOS opens
 * the keyboard only for focus given during a tap). Escape closes the box again.
 */
for (const toggle of document.querySelectorAll<HTMLAnchorElement>('[data-search-toggle]')) {
	const header = toggle.closest<HTMLElement>('[data-site-header]');
	const box = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
	const label = toggle.querySelector('[data-toggle-label]');
	if (!header || !box) continue;
	toggle.setAttribute('role', 'button');
	toggle.setAttribute('aria-expanded', 'false');

	const setOpen = (open: boolean) => {
		header.toggleAttribute('data-search-open', open);
		toggle.setAttribute('aria-expanded', String(open));
		if (label) label.textContent = (open ? toggle.dataset.labelClose : toggle.dataset.labelOpen) ?? '';
	};
	toggle.addEventListener('click', (event) => {
		event.preventDefault();
		const open = !header.hasAttribute('data-search-open');
		setOpen(open);
		if (open) box.querySelector('input')?.focus();
	});
	// A button answers Space too; a link would scroll the page.
	toggle.addEventListener('keydown', (event) => {
		if (event.key !== ' ') return;
		event.preventDefault();
		toggle.click();
	});
	// Escape first closes the results, then clears the field (search-element.ts); on an empty field
	// with nothing open it folds the box away. Read in the capture phase, before the element acts.
	box.addEventListener(
		'keydown',
		(event) => {
			if (event.key !== 'Escape' || !header.hasAttribute('data-search-open')) return;
			const input = box.querySelector('input');
			const panel = box.querySelector<HTMLElement>('[data-search-panel]');
			if (input?.value || (panel && !panel.hidden) || getComputedStyle(toggle).display === 'none') return;
			setOpen(false);
			toggle.focus();
		},
		{ capture: true },
	);
}
