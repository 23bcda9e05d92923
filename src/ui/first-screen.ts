// The popup draws its first frame with the body's opening blocks only; the rest follows in a
// task after that frame: laying out and painting blocks that start below the popup's 600 px
// would only delay its first paint (docs/performance.md).

/** About a screenful of the popup: text characters, a picture counting as this many. */
const FIRST_SCREEN_CHARACTERS = 1200;
const PICTURE_CHARACTERS = 600;

/**
 * Moves the blocks of `body` after its first screenful into a new fragment and returns it, or
 * null when the whole body fits (nothing to defer).
 */
export function splitAfterFirstScreen(body: DocumentFragment): DocumentFragment | null {
  let characters = 0;
  let child = body.firstChild;
  while (child && characters < FIRST_SCREEN_CHARACTERS) {
    characters += (child.textContent ?? '').length + (holdsPicture(child) ? PICTURE_CHARACTERS : 0);
    child = child.nextSibling;
  }
  if (!child) return null;
  const rest = (body.ownerDocument ?? document).createDocumentFragment();
  while (child) {
    const next: ChildNode | null = child.nextSibling;
    rest.append(child);
    child = next;
  }
  return rest;
}

function holdsPicture(node: Node): boolean {
  if (node.nodeType !== 1) return false;
  const element = node as Element;
  return element.localName === 'img' || element.querySelector('img') !== null;
}
