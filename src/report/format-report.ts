import { formatCsv } from './format-csv.ts';
import { formatHtml } from './format-html.ts';
import { formatMarkdown } from './format-markdown.ts';
import type { ReportFormat } from './report-args.ts';
import type { Report } from './report-types.ts';

export function formatReport(report: Report, format: ReportFormat): string {
	switch (format) {
		case 'md':
			return formatMarkdown(report);
		case 'csv':
			return formatCsv(report);
		case 'html':
			return formatHtml(report);
		case 'json':
			return `${JSON.stringify(report, null, 2)}\n`;
	}
}
