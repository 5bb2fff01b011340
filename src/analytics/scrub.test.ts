import { describe, expect, it } from 'vitest';
import { cleanQuery, cleanSearchTexts, scrubPersonalData } from './scrub.ts';

describe('scrubbing personal data from queries', () => {
	it.each([
		['siparişim ali.veli@gmail.com adresine gelmedi', 'siparişim [email] adresine gelmedi'],
		['Mein Konto: max.mustermann+shop@web.de', 'Mein Konto: [email]'],
		['refund to j_smith@mail.co.uk please', 'refund to [email] please'],
		['بريدي ahmed@example.sa', 'بريدي [email]'],
	])('replaces e-mail addresses: %s', (input, expected) => expect(scrubPersonalData(input)).toBe(expected));

	it.each([
		['beni 0532 123 45 67 arayın', 'beni [phone] arayın'],
		['0 (532) 123 45 67', '[phone]'],
		['05321234567 numaralı hat', '[phone] numaralı hat'],
		['+90 532 123 45 67 whatsapp', '[phone] whatsapp'],
		['+905321234567', '[phone]'],
		['(0212) 123 45 67 sabit hat', '[phone] sabit hat'],
		['532-123-4567', '[phone]'],
		['Rückruf an +49 30 12345678', 'Rückruf an [phone]'],
		['Telefon 0049 89 1234567', 'Telefon [phone]'],
		['call me at +1 (555) 123-4567', 'call me at [phone]'],
		['+44 20 7946 0958 UK office', '[phone] UK office'],
		['اتصل بي +966 50 123 4567', 'اتصل بي [phone]'],
	])('replaces phone numbers: %s', (input, expected) => expect(scrubPersonalData(input)).toBe(expected));

	it.each([
		['iade TR33 0006 1005 1978 6457 8413 26 hesabıma', 'iade [iban] hesabıma'],
		['tr330006100519786457841326', '[iban]'],
		['Erstattung auf DE89 3704 0044 0532 0130 00', 'Erstattung auf [iban]'],
	])('replaces IBANs: %s', (input, expected) => expect(scrubPersonalData(input)).toBe(expected));

	it.each([
		['kartım 4111 1111 1111 1111 çekilmedi', 'kartım [card] çekilmedi'],
		['5500-0000-0000-0004', '[card]'],
		['card 378282246310005 declined', 'card [card] declined'],
	])('replaces card numbers that pass the Luhn check: %s', (input, expected) => expect(scrubPersonalData(input)).toBe(expected));

	it('replaces a valid Turkish identity number, and any other long number as a number', () => {
		expect(scrubPersonalData('tc kimlik 10000000146 fatura')).toBe('tc kimlik [id] fatura');
		expect(scrubPersonalData('tc 12345678901')).toBe('tc [number]');
	});

	it.each([
		['sipariş 123456 nerede', 'sipariş [number] nerede'],
		['SP-20261123998 kargo', 'SP-[number] kargo'],
		['order #987654321', 'order #[number]'],
		['Bestellung 4711-0815-42', 'Bestellung [number]'],
		['kargo takip 1234 5678 9012', 'kargo takip [number]'],
	])('replaces order numbers and other runs of six or more digits: %s', (input, expected) => expect(scrubPersonalData(input)).toBe(expected));

	it.each(['iade 14 gün', 'kargo ücreti 29,90 TL', '2 adet 3 kg', 'iPhone 15 kılıf', 'size 42 shoes', 'Rücksendung innerhalb 30 Tagen', 'kapıda ödeme'])(
		'leaves ordinary queries alone: %s',
		(input) => expect(scrubPersonalData(input)).toBe(input),
	);
});

describe('cleaning a query before it is recorded', () => {
	it('trims, collapses whitespace and scrubs', () => {
		expect(cleanQuery('  kargom   gelmedi\n 0532 123 45 67 ')).toBe('kargom gelmedi [phone]');
	});

	it('caps the query at 200 characters', () => {
		expect([...cleanQuery('iade '.repeat(100))].length).toBeLessThanOrEqual(200);
		expect([...cleanQuery('ğ'.repeat(300))].length).toBe(200);
	});

	it('still removes a number cut by the length cap', () => {
		expect(cleanQuery(`${'a'.repeat(190)} 1234567890123`)).toBe(`${'a'.repeat(190)} [number]`);
	});
});

describe('cleaning a search event before it is recorded', () => {
	it.each([
		['İADE kargo', 'tr', ['iade', 'kargo']],
		['IADE kargo', 'tr', ['iade', 'kargo']],
		['İADE kargo', 'en', ['iade', 'kargo']],
		['İade Kargo', 'de', ['iade', 'kargo']],
		['iade kargo', 'tr', ['İADE', 'Kargo']],
	])('keeps the unmatched words the query has, whatever their case: %s (%s) %j', (query, locale, unmatched) => {
		expect(cleanSearchTexts({ query, locale, unmatched }).unmatched).toEqual(unmatched);
	});

	it('drops the unmatched words that scrubbing took out of the query, or that it never had', () => {
		const cleaned = cleanSearchTexts({ query: 'İADE 0532 123 45 67 mehmet', locale: 'tr', unmatched: ['iade', '0532', '123', 'mehmet', 'ahmet'] });
		expect(cleaned).toEqual({ query: 'İADE [phone] mehmet', locale: 'tr', unmatched: ['iade', 'mehmet'] });
	});

	it('drops words of no letters or digits even when the query has none either', () => {
		expect(cleanSearchTexts({ query: '??', locale: 'tr', unmatched: ["'mehmetyilmaz", '!!!'] }).unmatched).toEqual([]);
	});

	it('adds no word list to an event that had none', () => {
		expect(cleanSearchTexts({ query: 'kargo 4829103', locale: 'tr' })).toStrictEqual({ query: 'kargo [number]', locale: 'tr' });
	});
});
