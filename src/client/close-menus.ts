/**
 * The header's menus are `<details>` (they work without JavaScript); with it they also close as
 * customers expect: a tap elsewhere, or Escape, which puts focus back on the menu's button.
 */
const openMenus = () => document.querySelectorAll<HTMLDetailsElement>('details[data-menu][open]');

document.addEventListener('click', (event) => {
	for (const menu of openMenus()) if (!menu.contains(event.target as Node)) menu.open = false;
});

document.addEventListener('keydown', (event) => {
	if (event.key !== 'Escape') return;
	for (const menu of openMenus()) {
		menu.open = false;
		menu.querySelector('summary')?.focus();
	}
});
