/** The directory as a tree by parent agency, for the "cây tổ chức" view and the site map. */

/** One node of the tree. */
export interface TreeNode<T> {
  item: T
  children: TreeNode<T>[]
}

type Id = number | string
type WithParent = { id: Id; parent?: Id | { id: Id } | null }

function parentId(item: WithParent): string | null {
  const p = item.parent
  if (p === null || p === undefined) return null
  return String(typeof p === 'object' ? p.id : p)
}

/**
 * Returns the roots of the tree, children in the order given. An item whose parent is
 * missing (unpublished, deleted) or whose parent chain loops back to itself becomes a root,
 * so every item appears exactly once.
 */
export function buildTree<T extends WithParent>(items: T[]): TreeNode<T>[] {
  const byId = new Map(items.map((item) => [String(item.id), item]))
  const nodes = new Map(items.map((item) => [String(item.id), { item, children: [] } as TreeNode<T>]))
  const roots: TreeNode<T>[] = []
  for (const item of items) {
    const node = nodes.get(String(item.id))!
    const pid = parentId(item)
    if (pid === null || !byId.has(pid) || loops(item, byId)) roots.push(node)
    else nodes.get(pid)!.children.push(node)
  }
  return roots
}

function loops(item: WithParent, byId: Map<string, WithParent>): boolean {
  const start = String(item.id)
  const seen = new Set<string>()
  let current: string | null = parentId(item)
  while (current !== null) {
    if (current === start) return true
    if (seen.has(current)) return false
    seen.add(current)
    const next = byId.get(current)
    current = next ? parentId(next) : null
  }
  return false
}
