import type { LocaleNeeds } from './need-types.ts';

/** Arabic-speaking customers; the sample has four Arabic articles, so more searches find nothing. */
export const NEEDS_AR: LocaleNeeds = {
	perDay: [3, 8],
	needs: [
		{
			name: 'order tracking',
			kind: 'covered',
			spellings: ['وين طلبي', 'اين طلبي', 'تتبع الطلب'],
			results: ['siparis/siparis-takibi'],
			answer: 'siparis/siparis-takibi',
		},
		{ name: 'how to return', kind: 'covered', spellings: ['ارجاع منتج', 'استرجاع'], results: ['iade/iade-sureci'], answer: 'iade/iade-sureci' },
		{
			name: 'shipping cost',
			kind: 'covered',
			spellings: ['سعر الشحن', 'شحن مجاني'],
			results: ['kargo/kargo-ucretleri-ve-sureleri'],
			answer: 'kargo/kargo-ucretleri-ve-sureleri',
		},
		{ name: 'contact', kind: 'covered', spellings: ['خدمة العملاء', 'رقم التواصل'], results: ['iletisim/bize-ulasin'], answer: 'iletisim/bize-ulasin' },
		{ name: 'promo code', kind: 'gap', trend: 'up', spellings: ['كود خصم', 'كوبون'], results: [] },
		{ name: 'gift card', kind: 'gap', spellings: ['بطاقة هدية'], results: [] },
		{
			name: 'exchange size (not translated)',
			kind: 'gap',
			spellings: ['استبدال المقاس', 'تبديل المقاس'],
			results: ['iade/iade-sureci'],
			unmatched: ['المقاس'],
		},
		{ name: 'cancel order (not translated)', kind: 'gap', spellings: ['إلغاء الطلب'], results: [] },
		{ name: 'noise', kind: 'noise', spellings: ['test', 'مرحبا'], results: [] },
		{ name: 'order number', kind: 'personal', spellings: ['طلب رقم {order}'], results: ['siparis/siparis-takibi'], answer: 'siparis/siparis-takibi' },
	],
};
