import type { LocaleNeeds } from './need-types.ts';

/** German-speaking customers; the sample has no German account or payment articles yet. */
export const NEEDS_DE: LocaleNeeds = {
	perDay: [6, 12],
	needs: [
		{
			name: 'order tracking',
			kind: 'covered',
			spellings: ['wo ist meine bestellung', 'Sendungsverfolgung', 'bestellung verfolgen'],
			results: ['siparis/siparis-takibi', 'kargo/kargom-gelmedi'],
			answer: 'siparis/siparis-takibi',
		},
		{
			name: 'how to return',
			kind: 'covered',
			spellings: ['rücksendung', 'ruecksendung', 'Retoure', 'zurückschicken'],
			results: ['iade/iade-sureci', 'iade/iade-kargo-ucreti'],
			answer: 'iade/iade-sureci',
		},
		{
			name: 'parcel late',
			kind: 'covered',
			spellings: ['paket nicht angekommen', 'lieferung verspätet'],
			results: ['kargo/kargom-gelmedi', 'siparis/siparis-takibi'],
			answer: 'kargo/kargom-gelmedi',
		},
		{
			name: 'refund timing',
			kind: 'covered',
			spellings: ['erstattung', 'wann kommt mein geld'],
			results: ['iade/para-iadesi-ne-zaman', 'iade/iade-sureci'],
			answer: 'iade/para-iadesi-ne-zaman',
		},
		{
			name: 'cancel order',
			kind: 'covered',
			spellings: ['bestellung stornieren', 'storno'],
			results: ['siparis/siparis-iptali'],
			answer: 'siparis/siparis-iptali',
		},
		{
			name: 'shipping cost',
			kind: 'covered',
			spellings: ['versandkosten', 'lieferzeit'],
			results: ['kargo/kargo-ucretleri-ve-sureleri', 'kargo/teslimat-secenekleri'],
			answer: 'kargo/kargo-ucretleri-ve-sureleri',
		},
		{
			name: 'exchange size',
			kind: 'covered',
			spellings: ['umtausch', 'größe tauschen'],
			results: ['iade/degisim', 'iade/iade-sureci'],
			answer: 'iade/degisim',
		},
		{
			name: 'send it back (other words)',
			kind: 'other-words',
			spellings: ['paket zurück senden', 'artikel zurücksenden'],
			results: ['iade/iade-sureci', 'iade/iade-kargo-ucreti'],
			answer: 'iade/iade-sureci',
			unmatched: ['senden', 'zurucksenden'],
		},
		{ name: 'promo code', kind: 'gap', trend: 'up', spellings: ['gutscheincode', 'rabattcode', 'Gutscheincode einlösen'], results: [] },
		{
			name: 'gift card',
			kind: 'gap',
			spellings: ['geschenkkarte', 'gutschein guthaben'],
			results: ['iade/iade-edilemeyen-urunler'],
			unmatched: ['geschenkkarte', 'guthaben'],
		},
		{ name: 'size chart', kind: 'gap', spellings: ['größentabelle', 'welche größe'], results: ['iade/degisim'], unmatched: ['grossentabelle', 'welche'] },
		{ name: 'instalments (not translated)', kind: 'gap', spellings: ['ratenzahlung'], results: [] },
		{ name: 'forgot password (not translated)', kind: 'gap', spellings: ['passwort vergessen'], results: [] },
		{ name: 'noise', kind: 'noise', spellings: ['test', 'hallo'], results: [] },
		{ name: 'order number', kind: 'personal', spellings: ['bestellung {order}'], results: ['siparis/siparis-takibi'], answer: 'siparis/siparis-takibi' },
	],
};
