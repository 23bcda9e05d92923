// What the picker's label calls an element: tag#id.class (a few classes), as developer tools
// name it, and the size of its box. Pure.

const MAX_CLASSES = 3;
const MAX_LENGTH = 80;

export function elementName(element: Element): string {
  let name = element.localName;
  if (element.id) name += `#${element.id}`;
  const classes = (element.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
  for (const name_ of classes.slice(0, MAX_CLASSES)) name += `.${name_}`;
  if (classes.length > MAX_CLASSES) name += '…';
  return name.length > MAX_LENGTH ? `${name.slice(0, MAX_LENGTH - 1)}…` : name;
}

export function boxSize(box: { width: number; height: number }): string {
  return `${Math.round(box.width)}×${Math.round(box.height)}`;
}
