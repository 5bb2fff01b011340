/** Icons a category can use (`icon:` in `_category.yml`); drawn by Icon.astro. */
export const ICON_NAMES = ['package', 'truck', 'return', 'card', 'user', 'chat', 'shield', 'question', 'gift', 'store'] as const;
export type IconName = (typeof ICON_NAMES)[number];
