/**
 * The writing hints a new article starts with, in the article's own language: writers are support
 * agents who write in that language, and a skeleton in another one gets left half-translated.
 * A language without an entry gets English.
 */
export interface ArticleHints {
	/** The `description` placeholder; it passes the schema, so `draft: true` keeps it unpublished. */
	description: string;
	/** YAML comments (one string per line) above these frontmatter keys. */
	descriptionComment: string;
	keywordsComment: string[];
	draftComment: string;
	/** Above a translation's frontmatter: what to translate and what to keep. */
	translationComment: string[];
	intro: string;
	stepsHeading: string;
	steps: [string, string];
	detailsHeading: string;
	details: string;
	tip: string;
	faqHeading: string;
	faq: Array<[question: string, answer: string]>;
}

const HINTS: Record<string, ArticleHints> = {
	tr: {
		description: 'Bu satırı makalenin tek cümlelik özetiyle değiştirin.',
		descriptionComment: 'Tek cümle, en fazla 160 karakter: arama sonuçlarında ve listelerde görünür.',
		keywordsComment: ['Müşterilerin aradığı ama metinde geçmeyen sözcükler (eş anlamlılar, Türkçe harfsiz yazımlar).', 'Aramada kullanılır, sayfada görünmez. Örnek: [iade nasil yapilir, geri gonderme]'],
		draftComment: 'Taslak: yayınlanmaz, yalnızca npm run dev gösterir. Makale hazır olunca bu satırı silin.',
		translationComment: ['Çeviri: title, description, tags, keywords ve metni çevirin.', 'order, related ve bağlantılar aynı kalsın.'],
		intro: 'Müşterinin sorusunu bu ilk paragrafta bir iki cümleyle yanıtlayın; ayrıntılar aşağıdaki bölümlere gelsin.',
		stepsHeading: 'Adım adım',
		steps: ['İlk adımı yazın, örneğin: **Hesabım > Siparişlerim** sayfasını açın.', 'Sonraki adımı yazın.'],
		detailsHeading: 'Bilmeniz gerekenler',
		details: 'Süreler, ücretler ve istisnalar gibi ayrıntıları buraya yazın.',
		tip: 'Önemli bir hatırlatma ya da kısa yol. Gerekmiyorsa bu kutuyu silin.',
		faqHeading: 'Sık sorulan sorular',
		faq: [
			['Müşterilerin sık sorduğu bir soru?', 'Kısa ve net bir yanıt.'],
			['Başka bir soru?', 'Yanıtı. Gerekmeyen soruları silin.'],
		],
	},
	en: {
		description: 'Replace this line with a one-sentence summary of the article.',
		descriptionComment: 'One sentence, at most 160 characters: shown in search results and lists.',
		keywordsComment: ['Words customers search with that are not in the text (synonyms, other spellings).', 'Used by search, never shown. Example: [refund, money back]'],
		draftComment: 'Draft: not published, only npm run dev shows it. Delete this line when the article is ready.',
		translationComment: ['Translation: translate title, description, tags, keywords and the text.', 'Keep order, related and the links as they are.'],
		intro: "Answer the customer's question in this first paragraph, in a sentence or two; the details go in the sections below.",
		stepsHeading: 'Step by step',
		steps: ['Write the first step, for example: open **My account > Orders**.', 'Write the next step.'],
		detailsHeading: 'Good to know',
		details: 'Write details such as time limits, fees and exceptions here.',
		tip: 'An important reminder or a shortcut. Delete this box if you do not need it.',
		faqHeading: 'Frequently asked questions',
		faq: [
			['A question customers often ask?', 'A short, clear answer.'],
			['Another question?', 'Its answer. Delete the questions you do not need.'],
		],
	},
	de: {
		description: 'Ersetzen Sie diese Zeile durch eine Zusammenfassung des Artikels in einem Satz.',
		descriptionComment: 'Ein Satz, höchstens 160 Zeichen: erscheint in Suchergebnissen und Listen.',
		keywordsComment: ['Wörter, mit denen Kundinnen und Kunden suchen, die aber nicht im Text stehen (Synonyme, andere Schreibweisen).', 'Werden von der Suche genutzt, nie angezeigt. Beispiel: [rueckgabe, geld zurueck]'],
		draftComment: 'Entwurf: wird nicht veröffentlicht, nur npm run dev zeigt ihn. Löschen Sie diese Zeile, wenn der Artikel fertig ist.',
		translationComment: ['Übersetzung: title, description, tags, keywords und den Text übersetzen.', 'order, related und die Links bleiben, wie sie sind.'],
		intro: 'Beantworten Sie die Frage der Kundschaft gleich in diesem ersten Absatz in ein bis zwei Sätzen; Einzelheiten folgen in den Abschnitten darunter.',
		stepsHeading: 'Schritt für Schritt',
		steps: ['Beschreiben Sie den ersten Schritt, zum Beispiel: Öffnen Sie **Mein Konto > Bestellungen**.', 'Beschreiben Sie den nächsten Schritt.'],
		detailsHeading: 'Gut zu wissen',
		details: 'Schreiben Sie hier Einzelheiten wie Fristen, Kosten und Ausnahmen.',
		tip: 'Ein wichtiger Hinweis oder eine Abkürzung. Löschen Sie diesen Kasten, wenn Sie ihn nicht brauchen.',
		faqHeading: 'Häufige Fragen',
		faq: [
			['Eine Frage, die oft gestellt wird?', 'Eine kurze, klare Antwort.'],
			['Noch eine Frage?', 'Die Antwort. Löschen Sie Fragen, die Sie nicht brauchen.'],
		],
	},
	ar: {
		description: 'استبدل هذا السطر بجملة واحدة تلخّص المقال.',
		descriptionComment: 'جملة واحدة، 160 حرفًا على الأكثر: تظهر في نتائج البحث والقوائم.',
		keywordsComment: ['كلمات يبحث بها العملاء ولا ترد في النص (مرادفات، كتابات أخرى).', 'يستخدمها البحث ولا تظهر في الصفحة. مثال: [استرجاع, ارجاع المبلغ]'],
		draftComment: 'مسودة: لا تُنشر، ويعرضها npm run dev فقط. احذف هذا السطر عندما يصبح المقال جاهزًا.',
		translationComment: ['ترجمة: ترجم title و description و tags و keywords والنص.', 'اترك order و related والروابط كما هي.'],
		intro: 'أجب عن سؤال العميل في هذه الفقرة الأولى بجملة أو جملتين، ثم ضع التفاصيل في الأقسام التالية.',
		stepsHeading: 'خطوة بخطوة',
		steps: ['اكتب الخطوة الأولى، مثل: افتح صفحة **حسابي > طلباتي**.', 'اكتب الخطوة التالية.'],
		detailsHeading: 'ما يجب معرفته',
		details: 'اكتب هنا التفاصيل مثل المدد والرسوم والاستثناءات.',
		tip: 'تذكير مهم أو طريقة مختصرة. احذف هذا المربع إن لم تحتج إليه.',
		faqHeading: 'الأسئلة الشائعة',
		faq: [
			['سؤال يطرحه العملاء كثيرًا؟', 'إجابة قصيرة وواضحة.'],
			['سؤال آخر؟', 'الإجابة. احذف الأسئلة التي لا تحتاج إليها.'],
		],
	},
};

/** The hints for a locale (`de-AT` uses `de`), English when there are none for its language. */
export function hintsFor(locale: string): ArticleHints {
	const language = locale.toLowerCase().split(/[-_]/)[0] ?? '';
	return HINTS[language] ?? HINTS.en!;
}

/** Hint texts of every language that must never reach readers (see check-placeholders.ts). */
export function placeholderTexts(): { descriptions: Set<string>; bodyLines: string[] } {
	const all = Object.values(HINTS);
	return {
		descriptions: new Set(all.map((hints) => hints.description)),
		bodyLines: all.flatMap((hints) => [hints.intro, hints.details, ...hints.steps]).filter((text) => text.length > 20),
	};
}
