import type { BlockContent, DefinitionContent, PhrasingContent } from 'mdast';
import type { ContainerDirective } from 'mdast-util-directive';
import type { Properties } from 'hast';

/**
 * A Markdown block that remark-rehype turns into the HTML element `tagName`. Containers are reused
 * because they may hold any block content; `data.hName` decides the element.
 */
export function htmlBlock(tagName: string, properties: Properties, children: Array<BlockContent | DefinitionContent | PhrasingContent>): ContainerDirective {
	return {
		type: 'containerDirective',
		name: tagName,
		attributes: {},
		data: { hName: tagName, hProperties: properties },
		children: children as ContainerDirective['children'],
	};
}
