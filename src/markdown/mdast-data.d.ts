// `data.hName` / `data.hProperties` on Markdown nodes are typed by mdast-util-to-hast.
import type {} from 'mdast-util-to-hast';
