/**
 * schema.org JSON-LD for an article page: the article itself, where it sits (breadcrumbs) and its
 * FAQ block, so search engines can show the answer and the path in results.
 * https://schema.org/TechArticle, https://schema.org/BreadcrumbList, https://schema.org/FAQPage
 */
export interface ArticleFacts {
	url: string;
	title: string;
	description: string;
	/** `updated` from the frontmatter. */
	updated: Date;
	/** Language of the text (the default locale's on a fallback page). */
	inLanguage: string;
	publisher: string;
	breadcrumbs: Array<{ name: string; url: string }>;
	faq: Array<{ question: string; answer: string }>;
	image?: string | undefined;
}

type JsonLd = Record<string, unknown>;

export function articleStructuredData(facts: ArticleFacts): JsonLd[] {
	const date = facts.updated.toISOString().slice(0, 10);
	const graph: JsonLd[] = [
		{
			'@context': 'https://schema.org',
			'@type': 'TechArticle',
			headline: facts.title,
			description: facts.description,
			datePublished: date,
			dateModified: date,
			inLanguage: facts.inLanguage,
			mainEntityOfPage: { '@type': 'WebPage', '@id': facts.url },
			url: facts.url,
			publisher: { '@type': 'Organization', name: facts.publisher },
			...(facts.image ? { image: facts.image } : {}),
		},
		{
			'@context': 'https://schema.org',
			'@type': 'BreadcrumbList',
			itemListElement: facts.breadcrumbs.map((crumb, i) => ({ '@type': 'ListItem', position: i + 1, name: crumb.name, item: crumb.url })),
		},
	];
	if (facts.faq.length) {
		graph.push({
			'@context': 'https://schema.org',
			'@type': 'FAQPage',
			inLanguage: facts.inLanguage,
			mainEntity: facts.faq.map(({ question, answer }) => ({ '@type': 'Question', name: question, acceptedAnswer: { '@type': 'Answer', text: answer } })),
		});
	}
	return graph;
}

/** JSON safe inside a `<script>` element. */
export function jsonLdScript(data: JsonLd[]): string {
	return JSON.stringify(data.length === 1 ? data[0] : data).replace(/</g, '\\u003c');
}
