import { z } from 'astro/zod';
import { ICON_NAMES } from '../components/icons/names.ts';

/** `content/<locale>/<category>/_category.yml`: the category's title and description in that locale. */
export const CategorySchema = z.strictObject({
	/** @example 'Siparişler ve takip' */
	title: z.string({ message: 'add a title, e.g. `title: Siparişler ve takip`' }).trim().min(1),
	/** @example 'Sipariş durumu, kargo takibi ve iptal.' */
	description: z.string().trim().max(160, { message: 'shorten the description to 160 characters or fewer' }).default(''),
	/** Icon on the home page; read from the default locale's file. */
	icon: z.enum(ICON_NAMES, { message: `use one of the icons: ${ICON_NAMES.join(', ')}` }).optional(),
	/** Position on the home page; read from the default locale's file. */
	order: z.number().int().optional(),
});

export type CategoryData = z.output<typeof CategorySchema>;
