// Plain zod, not astro/zod (the same package): the collectors' settings use it in the Worker and functions.
import { z } from 'zod';

/** An origin without a path or a trailing slash, as browsers send it: `https://help.example.com`. */
export const OriginSchema = z.string().refine((value) => URL.canParse(value) && new URL(value).origin === value, {
	message: 'give an origin without a path, e.g. "https://help.example.com"',
});
