// The library entry (package.json exports["."]): the engine, for Node and for browsers.
import { installNodePurifier } from './node-purifier';
import { installQueryIndex } from './query-index';

// Node parsers (linkedom, jsdom) match selectors in JavaScript: answer extraction's queries from
// one index. There, sanitizing needs a real DOM: a jsdom window (linkedom cannot run DOMPurify).
// In a browser neither is ever used.
installQueryIndex();
installNodePurifier();

export { extract } from '../core/extract';
export { detect } from '../core/detect';
export { clean, type CleanOptions } from '../core/clean';
export { checkHideRule, type HideRuleCheck, type HideRuleRefusal } from '../core/check-hide-rule';
export { articleToMarkdown } from '../core/format/markdown';
export { articleToText } from '../core/format/text';
export type {
  Article,
  CleanReport,
  CleanedItem,
  ClutterKind,
  Detection,
  Figure,
  PageRules,
  SourceLink,
  ThemeRef,
} from '../core/types';
