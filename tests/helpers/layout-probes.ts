import type { Page } from 'playwright-core';

/**
 * Measurements of a page's layout, run inside the browser. `installLayoutProbes` is handed to
 * `context.addInitScript`, so it is serialized: everything it uses is defined inside it. `probe`
 * runs one from the test. Each returns the offenders as short lines (what, where, the numbers),
 * empty when all is well.
 */
export interface LayoutProbes {
	/** The opened content of `root` (a `<details>` without its summary, or a panel) and every visible link in it, outside 0…innerWidth or hidden under something else. */
	outsideViewport(root: Element): string[];
	/** E-mail addresses and phone numbers in `root`, linked or written, that are broken over two lines. */
	brokenContacts(root?: Element): string[];
	/** Arrows at the end of a link, and `·`/`•` separators, in `root` that sit on a line of their own. */
	loneMarks(root?: Element): string[];
	/**
	 * How many arrows and separators loneMarks has measured on this page, so a check that found none
	 * shows (an arrow drawn by CSS `::after`, for one, has no box to measure).
	 */
	marksSeen(): { arrows: number; separators: number };
}

/** The probes a page installed with `installLayoutProbes`. */
export const PROBES = '__layoutProbes';

export function installLayoutProbes(): void {
	const ROUNDING = 0.5;
	const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
	// Digits with spaces (plain, no-break, narrow) or hyphens between them, 8 characters or more: "0850 555 24 24".
	const PHONE = /\+?\d[\d \u00a0\u202f\u2011-]{6,}\d/g;
	const ARROW = /[→←⟶⟵›‹»«↗↖]\s*$/;
	const SEPARATOR = /[·•]/g;
	const seen = { arrows: 0, separators: 0 };

	const visible = (element: Element | null): element is Element =>
		Boolean(element?.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && element.getClientRects().length);
	const round = (n: number) => Math.round(n * 10) / 10;
	/** `ul.language-list`, `a "English"`: the tag, its first classes or data attribute, and a link's visible text. */
	const name = (element: Element) => {
		const classes = [...element.classList].slice(0, 2).map((c) => `.${c}`);
		const data = [...element.attributes].find((a) => a.name.startsWith('data-') && !a.name.startsWith('data-astro'));
		const hook = classes.length ? classes.join('') : data ? `[${data.name}]` : '';
		const text = element instanceof HTMLElement && element.closest('a') ? element.innerText.trim().replace(/\s+/g, ' ').slice(0, 40) : '';
		return `${element.tagName.toLowerCase()}${hook}${text ? ` "${text}"` : ''}`;
	};
	/** Visible boxes of a range (zero-size boxes are collapsed whitespace). */
	const boxes = (range: Range) => [...range.getClientRects()].filter((r) => r.width > 0.5 && r.height > 0.5);
	/** The distinct line tops of a range, 1 px apart or more. */
	const lineTops = (range: Range) => {
		const tops: number[] = [];
		for (const box of boxes(range)) if (!tops.some((top) => Math.abs(top - box.top) <= 1)) tops.push(box.top);
		return tops.map(round);
	};
	const textNodes = function* (root: Node) {
		const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) yield node as Text;
	};
	/** Text a reader sees: not in a hidden element, not in a 1 px visually-hidden box. */
	const readable = (node: Text) => {
		const parent = node.parentElement;
		if (!visible(parent) || parent.closest('script, style, template')) return false;
		const range = document.createRange();
		range.selectNodeContents(node);
		return boxes(range).some((box) => box.width > 1 && box.height > 1);
	};
	const rangeOf = (node: Text, start: number, end: number) => {
		const range = document.createRange();
		range.setStart(node, start);
		range.setEnd(node, end);
		return range;
	};

	const outsideViewport = (root: Element): string[] => {
		const width = window.innerWidth;
		const targets = root.tagName === 'DETAILS' ? [...root.children].filter((child) => child.tagName !== 'SUMMARY') : [root];
		const found: string[] = [];
		const outside = (element: Element) => {
			const box = element.getBoundingClientRect();
			if (box.left >= -ROUNDING && box.right <= width + ROUNDING) return false;
			found.push(`${name(element)} at x = ${round(box.left)}…${round(box.right)} (viewport 0…${width})`);
			return true;
		};
		/** A link inside its menu's or panel's box (not scrolled out of it) that something else is drawn over: clipped by an ancestor's overflow, or covered. */
		const covered = (element: Element, within: DOMRect) => {
			const box = element.getBoundingClientRect();
			const x = (box.left + box.right) / 2;
			const y = (box.top + box.bottom) / 2;
			if (y < Math.max(0, within.top) || y > Math.min(innerHeight, within.bottom)) return;
			const hit = document.elementFromPoint(x, y);
			if (hit && !element.contains(hit) && !hit.contains(element))
				found.push(`${name(element)} hidden at (${round(x)}, ${round(y)}): ${name(hit)} is drawn over it`);
		};
		// The links are named only when their box is inside: otherwise the box says it all.
		for (const target of targets.filter(visible)) {
			if (outside(target)) continue;
			for (const link of [...target.querySelectorAll('a[href]')].filter(visible)) if (!outside(link)) covered(link, target.getBoundingClientRect());
		}
		return found;
	};

	const brokenContacts = (root: Element = document.body): string[] => {
		const found = new Set<string>();
		const links = 'a[href^="mailto:"], a[href^="tel:"]';
		for (const link of root.querySelectorAll(links)) {
			if (!visible(link)) continue;
			const range = document.createRange();
			range.selectNodeContents(link);
			const tops = lineTops(range);
			if (tops.length > 1) found.add(`${name(link)} on ${tops.length} lines (tops ${tops.join(', ')})`);
		}
		// Written out anywhere else, as text.
		for (const node of textNodes(root)) {
			if (node.parentElement?.closest(links) || !readable(node)) continue;
			for (const pattern of [EMAIL, PHONE]) {
				for (const match of node.data.matchAll(pattern)) {
					const tops = lineTops(rangeOf(node, match.index, match.index + match[0].length));
					if (tops.length > 1) found.add(`"${match[0]}" in ${name(node.parentElement!)} on ${tops.length} lines (tops ${tops.join(', ')})`);
				}
			}
		}
		return [...found];
	};

	/** From the top of the first line to the bottom of the last of the readable text in `ranges`, or null. */
	const extent = (ranges: Range[]) => {
		const all = ranges.flatMap(boxes).filter((box) => box.width > 1 && box.height > 1);
		if (!all.length) return null;
		return { top: Math.min(...all.map((b) => b.top)), bottom: Math.max(...all.map((b) => b.bottom)) };
	};
	const middle = (box: { top: number; bottom: number }) => (box.top + box.bottom) / 2;

	/**
	 * The arrow that ends a link, an icon (svg, or an aria-hidden element without words) or an arrow
	 * character, with the link's text before it; null when the link ends otherwise.
	 */
	const arrowOf = (link: Element): { box: DOMRect; before: Range[] } | null => {
		const last = [...link.childNodes].reverse().find((node) => !(node instanceof Text) || node.data.trim());
		if (last instanceof Element) {
			const icon = last.tagName.toLowerCase() === 'svg' || (last.getAttribute('aria-hidden') === 'true' && !/\p{L}/u.test(last.textContent ?? ''));
			return icon && visible(last) ? { box: last.getBoundingClientRect(), before: textBefore(link, last) } : null;
		}
		if (!(last instanceof Text) || !readable(last)) return null;
		const match = ARROW.exec(last.data);
		if (!match) return null;
		const sameNode = last.data.slice(0, match.index).trim() ? [rangeOf(last, 0, match.index)] : [];
		return { box: rangeOf(last, match.index, match.index + 1).getBoundingClientRect(), before: [...textBefore(link, last), ...sameNode] };
	};
	const textBefore = (link: Element, arrow: Node) =>
		[...textNodes(link)]
			.filter((node) => node.data.trim() && readable(node) && arrow.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_PRECEDING && !arrow.contains(node))
			.map((node) => {
				const range = document.createRange();
				range.selectNodeContents(node);
				return range;
			});

	const loneMarks = (root: Element = document.body): string[] => {
		const found: string[] = [];
		for (const link of root.querySelectorAll('a[href]')) {
			if (!visible(link)) continue;
			const arrow = arrowOf(link);
			if (!arrow) continue;
			const text = extent(arrow.before);
			if (!text) continue;
			seen.arrows++;
			const at = middle(arrow.box);
			if (at < text.top || at > text.bottom)
				found.push(
					`arrow of ${name(link)} on its own line: arrow at y = ${round(arrow.box.top)}…${round(arrow.box.bottom)}, its text at y = ${round(text.top)}…${round(text.bottom)}`,
				);
		}
		for (const node of textNodes(root)) {
			if (!readable(node)) continue;
			for (const match of node.data.matchAll(SEPARATOR)) {
				const mark = boxes(rangeOf(node, match.index, match.index + 1))[0];
				const next = nextCharacter(node, match.index + 1);
				if (!mark || !next) continue;
				seen.separators++;
				const at = middle(mark);
				if (at < next.top || at > next.bottom)
					found.push(`"${match[0]}" in ${name(node.parentElement!)} ends a line: at y = ${round(mark.top)}, the text after it at y = ${round(next.top)}`);
			}
		}
		return found;
	};
	/** The box of the first readable character after `offset` in `node`, inside the same block. */
	const nextCharacter = (node: Text, offset: number): DOMRect | null => {
		// The line box that holds both: flex and grid items are blocks of their own, so go past them.
		const isLineBox = (element: Element) => {
			const parent = element.parentElement;
			return !getComputedStyle(element).display.startsWith('inline') && !(parent && /flex|grid/.test(getComputedStyle(parent).display));
		};
		let block: Element | null = node.parentElement;
		while (block && block !== document.body && !isLineBox(block)) block = block.parentElement;
		if (!block) return null;
		let started = false;
		for (const text of textNodes(block)) {
			const from = text === node ? offset : 0;
			if (text === node) started = true;
			if (!started || !readable(text)) continue;
			const index = text.data.slice(from).search(/\S/);
			if (index === -1) continue;
			const box = boxes(rangeOf(text, from + index, from + index + 1))[0];
			if (box) return box;
		}
		return null;
	};

	const probes: LayoutProbes = { outsideViewport, brokenContacts, loneMarks, marksSeen: () => seen };
	(window as unknown as Record<string, LayoutProbes>)['__layoutProbes'] = probes;
}

/** Runs one of the probes installed on the page, on `root`, the whole body unless given. */
export function probe<K extends keyof LayoutProbes>(page: Page, name: K, root = page.locator('body')): Promise<ReturnType<LayoutProbes[K]>> {
	return root.evaluate(
		(element, [key, method]) => ((window as unknown as Record<string, LayoutProbes>)[key]![method] as (root: Element) => ReturnType<LayoutProbes[K]>)(element),
		[PROBES, name] as const,
	);
}
