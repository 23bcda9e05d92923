// The library entry (package.json exports["."]): the engine, for Node and for browsers.
// Node parsers (linkedom, jsdom) match selectors in JavaScript: answer extraction's queries from one index.
import '../core/query-index';
// There, sanitizing needs a real DOM: a jsdom window (linkedom cannot run DOMPurify).
import '../core/node-purifier';
export { extract } from '../core/extract';
export { detect } from '../core/detect';
export { clean, type CleanOptions } from '../core/clean';
export { articleToMarkdown } from '../core/format/markdown';
export { articleToText } from '../core/format/text';
export type {
  Article,
  CleanReport,
  CleanedItem,
  ClutterKind,
  Detection,
  Figure,
  SourceLink,
  ThemeRef,
} from '../core/types';
