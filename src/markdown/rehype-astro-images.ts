import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';

interface AstroFileData {
	localImagePaths?: string[];
	remoteImagePaths?: string[];
}

/**
 * Marks the images Astro will optimize, as Astro's own Markdown pipeline does (its `rehypeImages`,
 * which it does not export): the `__ASTRO_IMAGE_` property carries the image's attributes and its
 * occurrence, and Astro's content renderer swaps it for an optimized `<img>`.
 */
export function rehypeAstroImages() {
	return (tree: Root, file: VFile) => {
		const astro = file.data.astro as AstroFileData | undefined;
		if (!astro?.localImagePaths?.length && !astro?.remoteImagePaths?.length) return;
		const occurrences = new Map<string, number>();
		visit(tree, 'element', (node) => {
			if (node.tagName !== 'img' || typeof node.properties.src !== 'string') return;
			const src = decodeURI(node.properties.src);
			let image: Record<string, unknown>;
			if (astro.localImagePaths?.includes(src)) image = { ...node.properties, src };
			else if (astro.remoteImagePaths?.includes(src))
				image = { inferSize: 'width' in node.properties && 'height' in node.properties ? undefined : true, ...node.properties, src };
			else return;
			// Kept as HTML attributes rather than passed to the image service.
			const kept: Record<string, unknown> = {};
			for (const key of ['className', 'htmlFor']) {
				if (key in image) {
					kept[key] = image[key];
					delete image[key];
				}
			}
			const index = occurrences.get(node.properties.src) ?? 0;
			occurrences.set(node.properties.src, index + 1);
			node.properties = { ...kept, __ASTRO_IMAGE_: JSON.stringify({ ...image, index }) };
		});
	};
}
