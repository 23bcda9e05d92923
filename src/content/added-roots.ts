// Which subtrees a batch of mutation records added: their outermost roots, so that each
// added element is searched once, by the notice watch and by the sweep.

/** Past this many records in one batch, the elements that received nodes are searched instead. */
const MANY_RECORDS = 512;

/** The element subtrees the parser or a script added, none inside another. */
export function addedRoots(records: readonly MutationRecord[]): Element[] {
  const added: Element[] = [];
  if (records.length > MANY_RECORDS) {
    // A huge batch (the parser filling one long list): the few elements that received the
    // nodes stand for them. Cheaper by far to search once than to ask per added node.
    const targets = new Set<Node>();
    for (let r = 0; r < records.length; r += 1) targets.add(records[r].target);
    for (const target of targets) if (target.nodeType === 1) added.push(target as Element);
    return outermost(added);
  }
  // Indexed loops: the parser reports a long page as thousands of one-node records, and an
  // iterator or a copy per record was most of the observer's cost on a 5 MB page.
  for (let r = 0; r < records.length; r += 1) {
    const nodes = records[r].addedNodes;
    for (let n = 0; n < nodes.length; n += 1) {
      const node = nodes[n];
      if (node.nodeType === 1) added.push(node as Element);
    }
  }
  return outermost(added);
}

/**
 * The connected roots not inside another root: a subtree walk covers its descendants, and a
 * script that appends 10,000 nested elements one by one gives 10,000 roots whose subtrees
 * would otherwise be walked 10,000 times (quadratic). Linear: each ancestor is visited once.
 */
export function outermost(roots: readonly Element[]): Element[] {
  if (roots.length < 2) return roots.filter((root) => root.isConnected);
  const isRoot = new Set<Node>(roots);
  const covered = new Map<Node, boolean>(); // node -> "a root is this node's strict ancestor"
  const coveredAbove = (node: Node): boolean => {
    const path: Node[] = [];
    let answer = false;
    for (let up = node.parentNode; up; up = up.parentNode) {
      const known = covered.get(up);
      if (known !== undefined) {
        answer = known || isRoot.has(up);
        break;
      }
      if (isRoot.has(up)) {
        answer = true;
        break;
      }
      path.push(up);
    }
    for (const visited of path) covered.set(visited, answer);
    return answer;
  };
  const result: Element[] = [];
  const seen = new Set<Node>();
  for (const root of roots) {
    if (seen.has(root) || !root.isConnected) continue;
    seen.add(root);
    if (!coveredAbove(root)) result.push(root);
  }
  return result;
}
