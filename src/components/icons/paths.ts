import type { IconName } from './names.ts';

type UiIcon = 'search' | 'globe' | 'phone' | 'mail' | 'whatsapp' | 'clock' | 'arrow' | 'external' | 'thumbUp' | 'thumbDown' | 'chevron' | 'close' | 'calendar';

/** 24×24 stroke icons (stroke-width 2, round caps), drawn for Destek. */
export const ICON_PATHS: Record<IconName | UiIcon, string> = {
	package: 'M21 8 12 3 3 8v8l9 5 9-5V8ZM3 8l9 5 9-5M12 13v8M7.5 5.5l9 5',
	truck: 'M2 6h11v10H2zM13 9h4l4 4v3h-8M6.5 19a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3ZM17.5 19a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3Z',
	return: 'M9 14 4 9l5-5M4 9h11a5 5 0 0 1 0 10h-3',
	card: 'M2 6h20v12H2zM2 10h20M6 15h4',
	user: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8ZM4 21a8 8 0 0 1 16 0',
	chat: 'M21 12a8 8 0 0 1-11.6 7.1L4 20l1-4.6A8 8 0 1 1 21 12ZM8 12h.01M12 12h.01M16 12h.01',
	shield: 'M12 3 4 6v6c0 5 3.4 8 8 9 4.6-1 8-4 8-9V6l-8-3ZM9 12l2 2 4-4',
	question: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18ZM9.5 9a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.7M12 17h.01',
	gift: 'M3 8h18v4H3zM5 12h14v9H5zM12 8v13M12 8S10.5 3 8 4s0 4 4 4ZM12 8s1.5-5 4-4 0 4-4 4Z',
	store: 'M4 10v10h16V10M3 10l2-6h14l2 6M3 10a3 3 0 0 0 6 0 3 3 0 0 0 6 0 3 3 0 0 0 6 0M10 20v-5h4v5',
	search: 'M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14ZM21 21l-5-5',
	globe: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18ZM3 12h18M12 3c2.5 2.7 3.7 5.7 3.7 9s-1.2 6.3-3.7 9c-2.5-2.7-3.7-5.7-3.7-9S9.5 5.7 12 3Z',
	phone: 'M5 3h4l2 5-2.5 1.5a11 11 0 0 0 6 6L16 13l5 2v4a2 2 0 0 1-2 2A17 17 0 0 1 3 5a2 2 0 0 1 2-2Z',
	mail: 'M3 5h18v14H3zM3 6l9 7 9-7',
	whatsapp: 'M3 21l1.6-4.7A9 9 0 1 1 8 19.6L3 21ZM9 8.5c0 3.5 3 6.5 6.5 6.5l1-2-2-1-1 1c-1.2-.5-2.5-1.8-3-3l1-1-1-2-2 1.5Z',
	clock: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18ZM12 7v5l3 2',
	arrow: 'M5 12h14M13 6l6 6-6 6',
	external: 'M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5',
	thumbUp: 'M7 10v11H3V10h4Zm0 0 4-7a2 2 0 0 1 3 2l-1 5h6a2 2 0 0 1 2 2.3l-1.4 7A2 2 0 0 1 17.6 21H7',
	thumbDown: 'M7 14V3H3v11h4Zm0 0 4 7a2 2 0 0 0 3-2l-1-5h6a2 2 0 0 0 2-2.3l-1.4-7A2 2 0 0 0 17.6 3H7',
	chevron: 'M6 9l6 6 6-6',
	close: 'M6 6l12 12M18 6 6 18',
	calendar: 'M4 5h16v16H4zM4 10h16M9 3v4M15 3v4',
};

export type AnyIconName = keyof typeof ICON_PATHS;
