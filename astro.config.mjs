// @ts-check
import { defineConfig } from 'astro/config';
import destek from './src/integration/index.ts';

// The sample help center of Çınar Market, a fictional store. Every option is described in README.md.
export default defineConfig({
	site: 'https://yardim.cinarmarket.example',
	integrations: [
		destek({
			title: {
				tr: 'Çınar Market Yardım Merkezi',
				en: 'Çınar Market Help Center',
				de: 'Çınar Market Hilfe-Center',
				ar: 'مركز مساعدة Çınar Market',
			},
			defaultLocale: 'tr',
			locales: {
				tr: { label: 'Türkçe' },
				en: { label: 'English' },
				de: { label: 'Deutsch' },
				ar: { label: 'العربية', dir: 'rtl' },
			},
			contact: {
				phone: { number: '0850 555 24 24' },
				whatsapp: { number: '+90 555 000 24 24' },
				email: { address: 'destek@cinarmarket.example' },
				liveChat: {
					url: 'https://cinarmarket.example/canli-destek',
					hours: {
						mon: '08:00-22:00',
						tue: '08:00-22:00',
						wed: '08:00-22:00',
						thu: '08:00-22:00',
						fri: '08:00-22:00',
						sat: '08:00-22:00',
						sun: '08:00-22:00',
					},
				},
				hours: {
					mon: '09:00-18:00',
					tue: '09:00-18:00',
					wed: '09:00-18:00',
					thu: '09:00-18:00',
					fri: '09:00-18:00',
					sat: '10:00-16:00',
					sun: 'closed',
				},
				timeZone: 'Europe/Istanbul',
			},
			popular: ['siparis/siparis-takibi', 'iade/iade-sureci', 'iade/para-iadesi-ne-zaman', 'kargo/kargom-gelmedi', 'odeme/taksit-secenekleri'],
			brand: {
				logo: { src: '/logo.svg', alt: '' },
				favicon: '/favicon.svg',
				accentColor: '#0b6e4f',
				// Self-hosted from npm: Figtree for Latin letters (30 kB for Turkish), Cairo for the Arabic pages (31 kB more).
				font: {
					css: ['@fontsource-variable/figtree', '@fontsource-variable/cairo'],
					families: ['Figtree Variable', 'Cairo Variable'],
					preload: {
						'*': [
							'@fontsource-variable/figtree/files/figtree-latin-wght-normal.woff2',
							'@fontsource-variable/figtree/files/figtree-latin-ext-wght-normal.woff2',
						],
						ar: ['@fontsource-variable/cairo/files/cairo-arabic-wght-normal.woff2'],
					},
				},
				articleCards: true,
				shop: { label: 'cinarmarket.example', href: 'https://cinarmarket.example' },
				legalLinks: [
					{
						label: { tr: 'Mesafeli satış sözleşmesi', en: 'Distance sales agreement', de: 'Fernabsatzvertrag', ar: 'عقد البيع عن بُعد' },
						href: 'https://cinarmarket.example/mesafeli-satis-sozlesmesi',
					},
					{
						label: { tr: 'KVKK aydınlatma metni', en: 'Privacy notice', de: 'Datenschutzhinweis', ar: 'إشعار الخصوصية' },
						href: 'https://cinarmarket.example/kvkk',
					},
				],
				customCss: [],
			},
		}),
	],
});
