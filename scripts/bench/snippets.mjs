// trafilatura's evaluation: per page, the share of `with` snippets found in the extracted text
// and the share of `without` snippets absent from it; the corpus figure is the mean over pages.

const squash = (text) => String(text ?? '').replace(/\s+/g, ' ').trim();

export function snippetScore(predicted, { with: wanted = [], without: unwanted = [] }) {
  const text = squash(predicted);
  const found = wanted.filter((snippet) => text.includes(squash(snippet))).length;
  const absent = unwanted.filter((snippet) => !text.includes(squash(snippet))).length;
  return {
    found: wanted.length ? found / wanted.length : 1,
    absent: unwanted.length ? absent / unwanted.length : 1,
  };
}
