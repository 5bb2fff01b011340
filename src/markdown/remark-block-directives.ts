import remarkDirective from 'remark-directive';
import { unified, type Processor } from 'unified';

/**
 * remark-directive without its inline form (`:name[label]{attrs}` inside a sentence). Articles only use
 * block directives (`:::tip`, `:::faq`); the inline form cut ordinary text such as
 * `mailto:destek.ekibi@…` or `Not:önemli` in two before GitHub's bare-link rules could read it.
 * The syntax comes from remark-directive itself, so its versions stay in step.
 */
export function remarkBlockDirectives(this: Processor): void {
	const directives = unified().use(remarkDirective).freeze().data();
	const data = this.data();
	(data.micromarkExtensions ??= []).push(...(directives.micromarkExtensions ?? []).map(({ text: _inline, ...block }) => block));
	(data.fromMarkdownExtensions ??= []).push(...(directives.fromMarkdownExtensions ?? []));
}
