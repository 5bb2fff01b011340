/** One thing wrong with the content, pointing at the line to fix. */
export interface ContentProblem {
	severity: 'error' | 'warning';
	/** Path relative to the project root, with forward slashes. */
	file: string;
	line: number;
	column: number;
	message: string;
	/** What to do about it. */
	hint?: string;
}

/** `content/tr/iade/x.md:3:1  message  (hint)`: the format editors and terminals turn into links. */
export function formatProblem(problem: ContentProblem): string {
	const where = `${problem.file}:${problem.line}:${problem.column}`;
	return `${where}  ${problem.message}${problem.hint ? `  (${problem.hint})` : ''}`;
}

export function sortProblems(problems: ContentProblem[]): ContentProblem[] {
	return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column);
}
