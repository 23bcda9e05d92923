// @ts-check
// trafilatura's evaluation: per page, the share of `with` snippets found in the extracted text
// and the share of `without` snippets absent from it; the corpus figure is the mean over pages.

const squash = (/** @type {string | null | undefined} */ text) =>
  String(text ?? '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * @param {string | null | undefined} predicted
 * @param {{ with?: string[], without?: string[] }} snippets
 */
export function snippetScore(predicted, snippets) {
  const wanted = snippets.with ?? [];
  const unwanted = snippets.without ?? [];
  const text = squash(predicted);
  const found = wanted.filter((snippet) => text.includes(squash(snippet))).length;
  const absent = unwanted.filter((snippet) => !text.includes(squash(snippet))).length;
  return {
    found: wanted.length ? found / wanted.length : 1,
    absent: unwanted.length ? absent / unwanted.length : 1,
  };
}
