/**
 * Colours of the HTML report per theme. Text colours reach 4.5:1 on the background and on the
 * stripe (WCAG AA), chart colours 3:1 (non-text contrast); html-styles.test.ts checks both.
 */
export const THEMES = {
	light: {
		bg: '#ffffff',
		fg: '#1b1f24',
		muted: '#57606a',
		line: '#d0d7de',
		stripe: '#f6f8fa',
		unanswered: '#c62828',
		partial: '#7b3fc4',
		returned: '#b45309',
		noClick: '#1f6feb',
		searches: '#1a7f37',
	},
	dark: {
		bg: '#0f1216',
		fg: '#e6e8eb',
		muted: '#a3acb9',
		line: '#30363d',
		stripe: '#161b22',
		unanswered: '#ff7b72',
		partial: '#d2a8ff',
		returned: '#ffa657',
		noClick: '#79c0ff',
		searches: '#56d364',
	},
} as const;
export const TEXT_COLOURS = ['fg', 'muted'] as const;
export const CHART_COLOURS = ['unanswered', 'partial', 'returned', 'noClick', 'searches'] as const;

const variables = (theme: Record<string, string>) =>
	Object.entries(theme)
		.map(([name, value]) => `--${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}: ${value};`)
		.join(' ');

/**
 * The HTML report's only stylesheet, inlined so the file can be mailed or archived on its own.
 * Logical properties only (queries may be right-to-left); colours switch with the system theme.
 * Phone first: needs are cards, totals a grid whose column count divides the tile count.
 */
export const HTML_STYLES = `
:root { color-scheme: light dark; ${variables(THEMES.light)} }
@media (prefers-color-scheme: dark) { :root { ${variables(THEMES.dark)} } }
* { box-sizing: border-box; }
body { margin: 0 auto; padding: 1rem; max-inline-size: 72rem; background: var(--bg); color: var(--fg);
	font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; overflow-wrap: anywhere; }
h1 { margin-block: 0 0.25rem; font-size: 1.5rem; }
h2 { margin-block: 2.25rem 0.75rem; font-size: 1.3rem; border-block-end: 1px solid var(--line); padding-block-end: 0.25rem; }
h3 { margin-block: 1.5rem 0.5rem; font-size: 1.1rem; }
.muted, caption, .note, figcaption { color: var(--muted); }
figcaption, .note { font-size: 0.875rem; }
figure { margin: 0 0 1rem; }
.visually-hidden { position: absolute; inline-size: 1px; block-size: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
dl.totals { display: grid; grid-template-columns: repeat(2, 1fr); gap: 0.5rem 1rem; margin: 0 0 1rem; }
@media (min-width: 40rem) { dl.totals { grid-template-columns: repeat(4, 1fr); } }
dl.totals div { border-inline-start: 3px solid var(--line); padding-inline-start: 0.6rem; }
dl.totals dt { color: var(--muted); font-size: 0.85rem; }
dl.totals dd { margin: 0; font-size: 1.2rem; font-variant-numeric: tabular-nums; }
.key { display: inline-block; inline-size: 0.8em; block-size: 0.8em; margin-inline-end: 0.3em; vertical-align: -0.05em; border-radius: 2px; }
.legend { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; margin: 0; padding: 0; list-style: none; }
.unanswered { fill: var(--unanswered); background: var(--unanswered); }
.partial { fill: var(--partial); background: var(--partial); }
.returned { fill: var(--returned); background: var(--returned); }
.no-click { fill: var(--no-click); background: var(--no-click); }
.searches { fill: var(--searches); background: var(--searches); }
ol.bars { margin: 0 0 0.5rem; padding: 0; list-style: none; display: grid; gap: 0.5rem; }
ol.bars li { display: grid; grid-template-columns: 1fr auto; gap: 0 0.5rem; align-items: center; }
.bar-label { grid-column: 1 / -1; }
svg.bar { display: block; inline-size: 100%; block-size: 0.9rem; }
.bar-value { font-variant-numeric: tabular-nums; }
@media (min-width: 48rem) { ol.bars li { grid-template-columns: 16rem 1fr 3rem; } .bar-label { grid-column: auto; text-align: end; } }
.daily svg { display: block; inline-size: 100%; block-size: 6rem; border-block-end: 1px solid var(--line); }
.daily .axis { display: flex; justify-content: space-between; font-size: 0.8rem; color: var(--muted); font-variant-numeric: tabular-nums; }
.daily { max-inline-size: 40rem; }
ol.needs { margin: 0; padding: 0; list-style: none; display: grid; gap: 1rem; }
.need { border: 1px solid var(--line); border-radius: 6px; padding: 0.75rem 1rem; }
.need h3 { margin-block: 0 0.25rem; }
.facts { margin: 0 0 0.5rem; display: flex; flex-wrap: wrap; gap: 0.1rem 0.9rem; }
.advice { margin: 0 0 0.5rem; padding: 0.5rem 0.75rem; background: var(--stripe); border-inline-start: 3px solid var(--fg); }
.need dl { margin: 0; display: grid; gap: 0.35rem; }
.need dl div { display: grid; gap: 0 1rem; }
@media (min-width: 48rem) { .need dl div { grid-template-columns: 12rem 1fr; } }
.need dt { color: var(--muted); font-size: 0.875rem; }
.need dd { margin: 0; }
.need ul { margin: 0; padding: 0; list-style: none; }
ul.inline li { display: inline; }
ul.inline li + li::before { content: ", "; }
.why { color: var(--muted); font-size: 0.875rem; }
code { font-size: 0.85em; }
table { border-collapse: collapse; inline-size: 100%; margin-block: 0.5rem; }
caption { text-align: start; padding-block-end: 0.4rem; }
th, td { padding: 0.35rem 0.5rem; border-block-end: 1px solid var(--line); text-align: start; vertical-align: top; }
thead th { font-size: 0.85rem; color: var(--muted); }
tbody tr:nth-child(even) { background: var(--stripe); }
td.number { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
details { margin-block: 0.5rem; }
`;
