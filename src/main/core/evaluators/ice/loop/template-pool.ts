import type { PoolView } from '../policies/types'
import type { SeedTemplate, TemplateNode } from '../types'

/**
 * Every template the run made (`nodes`, by id) and the pool the policy selects from (`members`,
 * by pool index: the initial seeds, then mutants in the order they joined). A mutant that did not
 * join the pool (METHOD.md 2.5, "GPTFuzz original": only mutants with a success join) stays in
 * `nodes` with its parent, mutator and level, but is never selected.
 */
export class TemplatePool implements PoolView {
  readonly nodes: TemplateNode[] = []
  private readonly members: number[] = []
  private readonly poolIndexOf = new Map<number, number>()
  private readonly childLists = new Map<number, number[]>()
  readonly initialCount: number

  constructor(seeds: readonly SeedTemplate[]) {
    if (seeds.length === 0) throw new RangeError('ICE needs at least one seed template')
    for (const seed of seeds) this.join(this.add({ text: seed.text, level: 0, seedId: seed.id }))
    this.initialCount = seeds.length
  }

  get size(): number {
    return this.members.length
  }

  /** Records a new node; it is not selectable until it joins. */
  add(node: Omit<TemplateNode, 'id'>): TemplateNode {
    const created = { ...node, id: this.nodes.length }
    this.nodes.push(created)
    return created
  }

  join(node: TemplateNode): void {
    const poolIndex = this.members.length
    this.members.push(node.id)
    this.poolIndexOf.set(node.id, poolIndex)
    if (node.parentId === undefined) return
    const parentIndex = this.poolIndexOf.get(node.parentId)
    if (parentIndex === undefined) return
    const siblings = this.childLists.get(parentIndex) ?? []
    siblings.push(poolIndex)
    this.childLists.set(parentIndex, siblings)
  }

  nodeAt(poolIndex: number): TemplateNode {
    const id = this.members[poolIndex]
    const node = id === undefined ? undefined : this.nodes[id]
    if (node === undefined) throw new RangeError(`no pool member at index ${poolIndex}`)
    return node
  }

  level(poolIndex: number): number {
    return this.nodeAt(poolIndex).level
  }

  children(poolIndex: number): readonly number[] {
    return this.childLists.get(poolIndex) ?? []
  }

  /** Pool indices of the members (for drawing crossover partners). */
  get memberIds(): readonly number[] {
    return this.members
  }
}
