import { z } from 'astro/zod';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const timeRange = z
	.string()
	.regex(/^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-4]):[0-5]\d$/, {
		message: 'write opening hours as "HH:MM-HH:MM" (for example "09:00-18:00") or "closed"',
	})
	.refine(
		(range) => {
			const [open, close] = range.split('-') as [string, string];
			return open < close;
		},
		{ message: 'the closing time must be after the opening time' },
	);

/**
 * Opening hours per weekday. Days left out are closed.
 * @example { mon: '09:00-18:00', tue: '09:00-18:00', sat: '10:00-16:00', sun: 'closed' }
 */
export const WeeklyHoursSchema = z.partialRecord(z.enum(WEEKDAYS), z.union([z.literal('closed'), timeRange]));
export type WeeklyHours = z.output<typeof WeeklyHoursSchema>;

const channelHours = { hours: WeeklyHoursSchema.optional() };

export const ContactSchema = z.strictObject({
	/**
	 * Phone line as customers dial it.
	 * @example { number: '0850 555 24 24' }
	 */
	phone: z
		.strictObject({ number: z.string().regex(/^\+?[\d\s()-]{5,}$/, { message: 'use digits, spaces and an optional leading +' }), ...channelHours })
		.optional(),
	/** @example { address: 'destek@cinarmarket.example' } */
	email: z.strictObject({ address: z.email({ message: 'use an e-mail address such as "help@example.com"' }), ...channelHours }).optional(),
	/**
	 * WhatsApp Business number in international form; linked as https://wa.me/<digits>.
	 * @example { number: '+90 555 000 24 24' }
	 */
	whatsapp: z
		.strictObject({
			number: z.string().regex(/^\+[\d\s()-]{8,}$/, { message: 'use the international form starting with +, e.g. "+90 555 000 24 24"' }),
			...channelHours,
		})
		.optional(),
	/** @example { url: 'https://shop.example/chat', hours: { mon: '08:00-22:00' } } */
	liveChat: z.strictObject({ url: z.url({ message: 'use a full https:// address' }), ...channelHours }).optional(),
	/** Opening hours used by every channel that has none of its own. */
	hours: WeeklyHoursSchema.default({}),
	/**
	 * IANA time zone the hours are given in, shown next to them.
	 * @default 'Europe/Istanbul'
	 */
	timeZone: z.string().default('Europe/Istanbul').refine(isTimeZone, { message: 'use an IANA time zone such as "Europe/Istanbul"' }),
});

function isTimeZone(zone: string): boolean {
	try {
		new Intl.DateTimeFormat('en', { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}

export type ContactConfig = z.output<typeof ContactSchema>;
export type ContactChannel = 'phone' | 'email' | 'whatsapp' | 'liveChat';
