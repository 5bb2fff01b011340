/**
 * The HTML report's only stylesheet, inlined so the file can be mailed or archived on its own.
 * Logical properties only (queries may be right-to-left); colours switch with the system theme.
 */
export const HTML_STYLES = `
:root { color-scheme: light dark; --bg: #ffffff; --fg: #1b1f24; --muted: #57606a; --line: #d0d7de; --stripe: #f6f8fa;
	--unanswered: #b42318; --no-click: #e8a33d; --searches: #0b6e4f; }
@media (prefers-color-scheme: dark) {
	:root { --bg: #0f1216; --fg: #e6e8eb; --muted: #a3acb9; --line: #30363d; --stripe: #161b22;
		--unanswered: #ff7b72; --no-click: #d29922; --searches: #56d364; }
}
* { box-sizing: border-box; }
body { margin: 0 auto; padding: 1.5rem; max-inline-size: 80rem; background: var(--bg); color: var(--fg);
	font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
h1 { margin-block: 0 0.25rem; font-size: 1.6rem; }
h2 { margin-block: 2.5rem 0.75rem; font-size: 1.3rem; border-block-end: 1px solid var(--line); padding-block-end: 0.25rem; }
.muted, caption, .note { color: var(--muted); }
.overview { display: flex; flex-wrap: wrap; gap: 1.5rem; align-items: flex-start; }
dl.totals { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: 0.5rem 1.5rem; margin: 0; flex: 1 1 28rem; }
dl.totals div { border-inline-start: 3px solid var(--line); padding-inline-start: 0.6rem; }
dt { color: var(--muted); font-size: 0.85rem; }
dd { margin: 0; font-size: 1.25rem; font-variant-numeric: tabular-nums; }
figure { margin: 0; }
figcaption { color: var(--muted); font-size: 0.85rem; }
.chart { display: block; inline-size: 100%; block-size: auto; }
.chart.trend { max-inline-size: 22rem; }
.chart .label, .chart .value { fill: var(--fg); font-size: 12px; }
.unanswered { fill: var(--unanswered); }
.no-click { fill: var(--no-click); }
.axis { stroke: var(--line); }
polyline { fill: none; stroke-width: 2; stroke-linejoin: round; }
.searches { stroke: var(--searches); }
.unanswered-line { stroke: var(--unanswered); }
.key { display: inline-block; inline-size: 0.8em; block-size: 0.8em; margin-inline-end: 0.3em; }
.key.searches { background: var(--searches); } .key.unanswered { background: var(--unanswered); } .key.no-click { background: var(--no-click); }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; inline-size: 100%; margin-block: 0.75rem; }
caption { text-align: start; padding-block-end: 0.4rem; }
th, td { padding: 0.4rem 0.6rem; border-block-end: 1px solid var(--line); text-align: start; vertical-align: top; }
thead th { font-size: 0.85rem; color: var(--muted); }
tbody tr:nth-child(even) { background: var(--stripe); }
td.number { text-align: end; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.nowrap { white-space: nowrap; }
.examples { margin: 0; padding: 0; list-style: none; }
code { font-size: 0.85em; overflow-wrap: anywhere; }
details { margin-block: 0.5rem; }
`;
