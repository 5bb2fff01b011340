import { memoize } from '../utils/memoize.ts';
import { normalizeQuery } from './normalize-query.ts';

/**
 * Question and filler words per language. They stay in the first, exact search, but a query is
 * never left without results because the articles do not contain "nerede" or "how".
 */
const STOP_WORDS: Record<string, string[]> = {
	tr: ['ne', 'neden', 'nasıl', 'nerede', 'nereden', 'nereye', 'nerden', 'nere', 'niye', 'niçin', 'hangi', 'kaç', 'mi', 'mı', 'mu', 'mü', 'misiniz', 'miyim', 've', 'veya', 'ile', 'ben', 'benim', 'bana', 'bir', 'bu', 'şu', 'için', 'da', 'de', 'ki', 'ya', 'var', 'yok', 'olur', 'olarak', 'zaman', 'yapılır', 'yapabilirim', 'yaparım', 'edebilirim', 'istiyorum', 'lütfen', 'acaba', 'sonra', 'önce', 'kadar', 'daha', 'çok', 'gibi', 'ama', 'hala', 'hâlâ', 'hiç', 'bile', 'diye', 'şey', 'bi', 'et', 'etmek', 'mısınız', 'musunuz', 'müsünüz', 'mıyım', 'muyum', 'müyüm', 'mıdır', 'midir', 'mudur', 'müdür', 'mısın', 'misin', 'ederim', 'eder', 'olurum', 'edilir', 'edebilir', 'yapmalıyım', 'gerekir', 'birşey', 'bişey'],
	en: ['how', 'what', 'where', 'when', 'why', 'which', 'who', 'do', 'does', 'did', 'i', 'my', 'me', 'is', 'are', 'was', 'the', 'a', 'an', 'to', 'of', 'for', 'can', 'could', 'in', 'on', 'it', 'and', 'or', 'with', 'please', 'want', 'get', 'have', 'has', 'had', 'will', 'would', 'be', 'been', 'not', 'no', 'but', 'if', 'by', 'at', 'from', 'so', 'too', 'much', 'many', 'this', 'that', 'there', 'you', 'your', 'we', 'our', 'they', 'still', 'any', 'some', 'just', 'now', 'need', 'am', 'should', 'was', 'were', 'dont', 'doesnt', 'cant', 'isnt', 'hasnt', 'havent', 'didnt', 'wont', 'don', 'doesn', 'isn', 'hasn', 'haven', 'didn', 'won', 'something', 'anything', 'someone', 'im', 'ive'],
	de: ['wie', 'was', 'wo', 'wann', 'warum', 'welche', 'ich', 'mein', 'meine', 'mich', 'mir', 'ist', 'sind', 'der', 'die', 'das', 'den', 'dem', 'ein', 'eine', 'zu', 'und', 'oder', 'kann', 'mit', 'für', 'bitte', 'nicht', 'kein', 'keine', 'noch', 'schon', 'auch', 'es', 'sie', 'wir', 'ihr', 'auf', 'an', 'von', 'im', 'in', 'bei', 'nach', 'wenn', 'dass', 'habe', 'hat', 'haben', 'wird', 'werden', 'muss', 'man', 'etwas', 'jemand', 'gibt'],
	ar: ['كيف', 'ماذا', 'أين', 'متى', 'هل', 'لماذا', 'ما', 'في', 'من', 'على', 'عن', 'إلى', 'و', 'أو'],
};

const normalizedSet = memoize((language: string) => new Set((STOP_WORDS[language] ?? []).map((word) => normalizeQuery(word, language))));

/** Stop words of a locale (by its base language), normalized like queries. */
export function stopWordsFor(locale: string): Set<string> {
	return normalizedSet(locale.split('-')[0]!);
}
