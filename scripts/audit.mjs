// Lighthouse on the built help center (`npm run build` first): home, a category, an article, the
// search page with results and a right-to-left article, with Lighthouse's mobile settings, in the
// system Chromium. Prints a table of scores; the full results go to tests/.output/audit/.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { auditPage, auditTable, launchChromiumForLighthouse } from '../src/audit/lighthouse-audit.ts';
import { loadSiteSettings } from '../src/site/site-settings.ts';
import { createStaticHandler } from '../src/site/static-site.ts';

const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'index.html'))) {
	console.error('dist/ has no build yet: run npm run build first.');
	process.exit(1);
}
const { base, locales, defaultLocale, config } = await loadSiteSettings(root);
const server = createServer(createStaticHandler({ dir: dist, base, locales }));
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}${base}`;
const article = config.popular[0] ?? 'iade/iade-sureci';
const rtl = locales.find((l) => config.locales[l]?.dir === 'rtl');
const pages = [
	['home', `${defaultLocale}/`],
	['category', `${defaultLocale}/${article.split('/')[0]}/`],
	['article', `${defaultLocale}/${article}/`],
	['search results', `${defaultLocale}/search/?q=${encodeURIComponent(process.env.AUDIT_QUERY ?? 'iade')}`],
	...(rtl ? [[`article (${rtl}, rtl)`, `${rtl}/${article}/`]] : []),
];
const chromium = await launchChromiumForLighthouse();
const audits = [];
try {
	for (const [name, path] of pages) audits.push(await auditPage(name, origin + path, chromium.port));
} finally {
	chromium.close();
	server.close();
}
const out = join(root, 'tests', '.output', 'audit');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'results.json'), `${JSON.stringify(audits, null, 2)}\n`);
console.log(auditTable(audits));
for (const audit of audits.filter((a) => a.failing.length)) console.log(`${audit.name}: ${audit.failing.join(', ')}`);
