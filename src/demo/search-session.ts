import type { AnswerStrength } from '../analytics/events.ts';
import { scrubEvent } from '../analytics/scrub.ts';
import type { CustomerEvent } from '../analytics/event-schema.ts';
import type { UrlBuilder } from '../utils/urls.ts';
import type { Need, NeedKind } from './need-types.ts';
import { fillPlaceholders } from './made-up-values.ts';
import { hashText, type Random } from './random.ts';
import { meaningfulWords, unmatchedWords } from './unmatched-words.ts';

/** One stored row as `store.addDemo` takes it. */
export interface DemoEvent {
	event: CustomerEvent;
	receivedAt: number;
}

/**
 * How customers act on the results of a need: how often they open none, which position they open,
 * how often an opened article answers (they stay) or not (back within seconds: `search-return`),
 * and how often they then try another result.
 */
interface Behaviour {
	noClick: number;
	/** Weights of opening result 1, 2, 3… */
	positions: number[];
	/** Stays on the article that answers the need. */
	stayOnAnswer: number;
	/** Stays on any other article. */
	stayElsewhere: number;
	/** After coming back, opens another result. */
	tryAgain: number;
}

const BEHAVIOUR: Record<NeedKind, Behaviour> = {
	covered: { noClick: 0.13, positions: [0.8, 0.13, 0.07], stayOnAnswer: 0.95, stayElsewhere: 0.5, tryAgain: 0.5 },
	'unclear-title': { noClick: 0.75, positions: [0.6, 0.4], stayOnAnswer: 0.9, stayElsewhere: 0.5, tryAgain: 0.3 },
	'other-words': { noClick: 0.1, positions: [0.9, 0.1], stayOnAnswer: 0.93, stayElsewhere: 0.4, tryAgain: 0.5 },
	gap: { noClick: 0.5, positions: [0.85, 0.15], stayOnAnswer: 0, stayElsewhere: 0.12, tryAgain: 0.3 },
	noise: { noClick: 0.9, positions: [1], stayOnAnswer: 0, stayElsewhere: 0.2, tryAgain: 0 },
	personal: { noClick: 0.25, positions: [0.85, 0.15], stayOnAnswer: 0.9, stayElsewhere: 0.4, tryAgain: 0.3 },
};

const SECOND = 1000;
/** Of the feedback buttons under an opened article: how often pressed, and how often "yes". */
const FEEDBACK_RATE = 0.2;
const HELPFUL_ON_ANSWER = 0.88;
const HELPFUL_ELSEWHERE = 0.3;

export interface SessionInput {
	need: Need;
	locale: string;
	/** When the search settled, ms. */
	at: number;
	random: Random;
	urls: UrlBuilder;
	/** Article ids of the locale, for searches typed on an article page and results past the known ones. */
	articles: readonly string[];
}

/**
 * The events one search sends, as the browser sends them (queries scrubbed): the search, then a
 * click (possibly left again within seconds, then possibly another click) or a no-click, and
 * sometimes feedback on the article the customer stayed on.
 */
export function searchSession({ need, locale, at, random, urls, articles }: SessionInput): DemoEvent[] {
	const spelling = need.spellings[random.weighted(need.spellings.map((_, index) => 1 / (index + 1)))]!;
	const typed = typeof spelling === 'string' ? { text: spelling } : spelling;
	const results = typed.results ?? need.results;
	const stems = typed.unmatched ?? need.unmatched;
	const { text, filled } = fillPlaceholders(typed.text, random);
	const partial = stems !== undefined || filled.length > 0;
	const strength: AnswerStrength = results.length === 0 ? 'none' : partial ? 'partial' : 'full';
	const path = random.pick([urls.home(locale), urls.home(locale), urls.search(locale), urls.search(locale), urls.article(locale, random.pick(articles))]);
	const search = {
		query: text,
		locale,
		path,
		resultCount: resultCount(`${locale}:${typed.text}`, results.length, strength),
		strength,
		...(strength === 'partial' ? { unmatched: unmatchedWords(text, locale, stems ?? [], filled) } : {}),
		...(strength === 'none' ? { unmatched: meaningfulWords(text, locale) } : {}),
		...(results.length ? { firstResult: urls.article(locale, results[0]!) } : {}),
	};
	const events: DemoEvent[] = [];
	const add = (event: CustomerEvent) => events.push({ event: scrubEvent(event), receivedAt: event.ts });
	if (strength === 'none') {
		add({ type: 'unanswered-search', ...search, ts: at });
		return events;
	}
	add({ type: 'search', ...search, ts: at });
	const behaviour = BEHAVIOUR[need.kind];
	if (random.chance(behaviour.noClick)) {
		add({ type: 'no-click-search', ...search, ts: at + random.int(20, 120) * SECOND });
		return events;
	}
	const shown = Math.min(search.resultCount, behaviour.positions.length);
	let position = 1 + random.weighted(behaviour.positions.slice(0, shown));
	let time = at + random.int(3, 25) * SECOND;
	for (let attempt = 0; attempt < 2; attempt++) {
		const id = results[position - 1] ?? random.pick(articles);
		const target = urls.article(locale, id);
		add({ type: 'search-click', ...search, position, target, ts: time });
		const answers = id === need.answer;
		if (random.chance(answers ? behaviour.stayOnAnswer : behaviour.stayElsewhere)) {
			if (random.chance(FEEDBACK_RATE))
				add({
					type: 'feedback',
					article: id,
					helpful: random.chance(answers ? HELPFUL_ON_ANSWER : HELPFUL_ELSEWHERE),
					locale,
					path: target,
					ts: time + random.int(40, 300) * SECOND,
				});
			break;
		}
		const seconds = random.int(1, 9);
		time += seconds * SECOND + random.int(0, 999);
		add({ type: 'search-return', ...search, position, target, seconds, ts: time });
		if (shown < 2 || !random.chance(behaviour.tryAgain)) break;
		position = position === 1 ? 2 : 1;
		time += random.int(2, 10) * SECOND;
	}
	return events;
}

/** The same query always shows the same number of results, as a static index does. */
function resultCount(key: string, known: number, strength: AnswerStrength): number {
	const hash = hashText(key);
	const more = strength === 'full' ? 1 + (hash % 9) : hash % 3;
	return Math.min(20, known + more);
}
