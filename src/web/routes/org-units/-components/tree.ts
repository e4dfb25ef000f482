import { ORG_UNIT_TYPES, type OrgUnitSummary } from '../../../../shared/schemas/org-units.js';

export interface TreeNode {
  unit: OrgUnitSummary;
  children: TreeNode[];
  /** Units below, at any depth. */
  descendants: number;
}

/** Nests units by `parentId`; a unit whose parent is not in the list becomes a root. */
export function buildTree(units: OrgUnitSummary[], compareNames: (a: OrgUnitSummary, b: OrgUnitSummary) => number): TreeNode[] {
  const nodes = new Map(units.map((unit) => [unit.id, { unit, children: [] as TreeNode[], descendants: 0 }]));
  const roots: TreeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.unit.parentId ? nodes.get(node.unit.parentId) : undefined;
    (parent && parent !== node ? parent.children : roots).push(node);
  }
  const order = (a: TreeNode, b: TreeNode) =>
    ORG_UNIT_TYPES.indexOf(a.unit.type) - ORG_UNIT_TYPES.indexOf(b.unit.type) || compareNames(a.unit, b.unit);
  const finish = (list: TreeNode[]): number => {
    list.sort(order);
    let count = 0;
    for (const node of list) {
      node.descendants = finish(node.children);
      count += 1 + node.descendants;
    }
    return count;
  };
  finish(roots);
  return roots;
}
