import { ELEMENT_NODE, parse, TEXT_NODE, type ElementNode, type Node, type TextNode } from 'ultrahtml';
import { querySelector } from 'ultrahtml/selector';
import { z } from 'zod';
import { CLIENT_CONFIG_ELEMENT_ID } from '../analytics/client-config.ts';
import { CollectorCheckEvent } from '../analytics/event-schema.ts';
import { CheckProblem, describeFetchError, REQUEST_TIMEOUT_MS } from './check-problem.ts';

/** What a deployed page tells its browsers about analytics (BaseLayout renders it). */
export interface SiteAnalytics {
	/** The page the settings were read from, after redirects. */
	page: URL;
	/** The page's language, for the check event. */
	locale: string;
	enabled: boolean;
	/** Where the page posts events, resolved against the page; null when it posts nowhere. */
	endpoint: URL | null;
}

// Only the fields the check needs: pages of older and newer versions carry others.
const PageConfigSchema = z.object({ enabled: z.boolean(), endpoint: z.union([z.literal(false), z.string().min(1)]) });

/**
 * Reads the analytics settings the way a visitor's browser gets them: the site's address is
 * fetched with its redirects (`/` → `/tr/` on Netlify); a language picker at the root (hosts
 * without redirects) leads to the default language's home page. So a base path or a custom
 * endpoint in the deployed build is respected.
 */
export async function readSiteAnalytics(site: URL): Promise<SiteAnalytics> {
	let { page, tree } = await getPage(site);
	let text = configText(tree);
	if (text === undefined) {
		const defaultLocale = element(tree, 'html')?.attributes['data-default-locale'];
		const href = defaultLocale ? element(tree, `a[data-locale="${defaultLocale}"]`)?.attributes.href : undefined;
		if (href) ({ page, tree } = await getPage(new URL(href, page)));
		text = configText(tree);
	}
	if (text === undefined)
		throw new CheckProblem(
			`${page.href} is not a page of a Destek help center (it has no #${CLIENT_CONFIG_ELEMENT_ID} settings). Give the address of the help center's home page.`,
		);
	const parsed = PageConfigSchema.safeParse(parseJson(text));
	if (!parsed.success)
		throw new CheckProblem(
			`The #${CLIENT_CONFIG_ELEMENT_ID} settings of ${page.href} are not what this version of Destek writes; build and deploy the site again.`,
		);
	const lang = element(tree, 'html')?.attributes.lang;
	const { enabled, endpoint } = parsed.data;
	return {
		page,
		locale: CollectorCheckEvent.shape.locale.safeParse(lang).success ? lang! : 'en',
		enabled,
		endpoint: endpoint === false ? null : new URL(endpoint, page),
	};
}

async function getPage(url: URL): Promise<{ page: URL; tree: Node }> {
	let response: Response;
	try {
		response = await fetch(url, { headers: { accept: 'text/html' }, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
	} catch (error) {
		throw new CheckProblem(`Cannot reach ${url.href}: ${describeFetchError(error)}.`);
	}
	if (!response.ok) throw new CheckProblem(`${url.href} answered HTTP ${response.status}. Give the address of the help center's home page.`);
	return { page: new URL(response.url || url), tree: parse(await response.text()) as Node };
}

function configText(tree: Node): string | undefined {
	const script = element(tree, `script#${CLIENT_CONFIG_ELEMENT_ID}`);
	return script
		? script.children
				.filter((child): child is TextNode => child.type === TEXT_NODE)
				.map((child) => child.value)
				.join('')
		: undefined;
}

/** The first element matching `selector`: ultrahtml's querySelector is typed as always finding a node of any kind. */
function element(tree: Node, selector: string): ElementNode | undefined {
	const found = querySelector(tree, selector) as Node | undefined;
	return found?.type === ELEMENT_NODE ? found : undefined;
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}
