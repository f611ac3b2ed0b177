import type { IceAttackRow, JudgeOutcome, TemplateNode } from '../../core/evaluators/ice'
import type { LlmErrorClass } from '../../../shared/contract/models'
import { rowKey, type IceReplicateState, type IceRunInputs, type IceRunState, type IceRunsRepo } from '../../core/evaluators/ice/ports'
import type { Db } from '../database'
import { immediateWrites, type WriteBatch } from '../write-batch'
import { replicateOf, withReplicate } from '../../core/evaluators/ice/replicates'

interface NodeRaw {
  replicate: number
  node_id: number
  level: number
  seed_id: string | null
  parent_id: number | null
  partner_id: number | null
  mutator: string | null
  iteration: number | null
  text: string
  helper_error: string | null
  helper_error_class: string | null
}

function nodeOf(raw: NodeRaw): TemplateNode {
  return {
    ...(raw.replicate !== 0 ? { replicate: raw.replicate } : {}),
    id: raw.node_id,
    level: raw.level,
    text: raw.text,
    ...(raw.seed_id !== null ? { seedId: raw.seed_id } : {}),
    ...(raw.parent_id !== null ? { parentId: raw.parent_id } : {}),
    ...(raw.partner_id !== null ? { partnerId: raw.partner_id } : {}),
    ...(raw.mutator !== null ? { mutator: raw.mutator as TemplateNode['mutator'] } : {}),
    ...(raw.iteration !== null ? { iteration: raw.iteration } : {}),
    ...(raw.helper_error !== null ? { helperError: raw.helper_error } : {}),
    ...(raw.helper_error_class !== null ? { helperErrorClass: raw.helper_error_class as LlmErrorClass } : {}),
  }
}

/**
 * The `loose`/`strict` columns hold the panel's verdict: 0, 1, NULL when none could be read (or,
 * for strict, none was asked), and SPLIT_COLUMN when a panel's readable verdicts split evenly
 * (issue 13), so splits are counted and filtered in SQL without reading the row JSON.
 */
export const SPLIT_COLUMN = 2

const verdictColumn = (outcome: JudgeOutcome | undefined) => (outcome === undefined ? null : outcome.split ? SPLIT_COLUMN : outcome.verdict)

/**
 * An ICE run's inputs, template tree and attack rows; each written the moment it is known. Attack
 * rows (one per target call) go through the run's write batch; everything else is rare, so it
 * commits the batch first and then writes or reads at once, in order.
 */
export function createIceRunsRepo(db: Db, batch: WriteBatch = immediateWrites): IceRunsRepo {
  const inOrder =
    <A extends unknown[], R>(operation: (...args: A) => R) =>
    (...args: A): R => {
      batch.flush()
      return operation(...args)
    }
  const upsertInputs = db.prepare('INSERT OR REPLACE INTO ice_run_inputs (run_id, inputs_json) VALUES (?, ?)')
  const selectInputs = db.prepare('SELECT inputs_json FROM ice_run_inputs WHERE run_id = ?')
  const upsertNode = db.prepare(
    `INSERT OR REPLACE INTO ice_nodes (run_id, replicate, node_id, level, seed_id, parent_id, partner_id, mutator, iteration, text, helper_error, helper_error_class)
     VALUES (@runId, @replicate, @id, @level, @seedId, @parentId, @partnerId, @mutator, @iteration, @text, @helperError, @helperErrorClass)`,
  )
  const selectNodes = db.prepare('SELECT * FROM ice_nodes WHERE run_id = ? ORDER BY replicate, node_id')
  const selectNode = db.prepare('SELECT * FROM ice_nodes WHERE run_id = ? AND replicate = ? AND node_id = ?')
  const upsertRow = db.prepare(
    `INSERT OR REPLACE INTO ice_rows (run_id, replicate, mutant_id, question_index, iteration, loose, strict, row_json)
     VALUES (@runId, @replicate, @mutantId, @questionIndex, @iteration, @loose, @strict, @json)`,
  )
  const selectRows = db.prepare('SELECT replicate, row_json FROM ice_rows WHERE run_id = ? ORDER BY replicate, iteration, mutant_id, question_index')
  const selectReplicateRows = db.prepare('SELECT replicate, row_json FROM ice_rows WHERE run_id = ? AND replicate = ?')
  const rowOf = (raw: { replicate: number; row_json: string }) => withReplicate(JSON.parse(raw.row_json) as IceAttackRow, raw.replicate)
  const upsertState = db.prepare('INSERT OR REPLACE INTO ice_run_state (run_id, replicate, stop_reason, iterations) VALUES (?, ?, ?, ?)')
  const selectState = db.prepare('SELECT stop_reason, iterations FROM ice_run_state WHERE run_id = ? AND replicate = 0')
  const selectStates = db.prepare('SELECT replicate, stop_reason, iterations FROM ice_run_state WHERE run_id = ? ORDER BY replicate')
  const selectReplicateNodes = db.prepare('SELECT node_id FROM ice_nodes WHERE run_id = ? AND replicate = ?')
  const deleteNode = db.prepare('DELETE FROM ice_nodes WHERE run_id = ? AND replicate = ? AND node_id = ?')
  const deleteRow = db.prepare('DELETE FROM ice_rows WHERE run_id = ? AND replicate = ? AND mutant_id = ? AND question_index = ?')
  const prune = db.transaction((runId: string, keepNodes: ReadonlySet<number>, keepRows: ReadonlySet<string>, replicate: number) => {
    let removed = 0
    for (const { node_id: id } of selectReplicateNodes.all(runId, replicate) as { node_id: number }[])
      if (!keepNodes.has(id)) removed += deleteNode.run(runId, replicate, id).changes
    for (const row of (selectReplicateRows.all(runId, replicate) as { replicate: number; row_json: string }[]).map(rowOf)) {
      if (!keepRows.has(rowKey(row.mutantId, row.questionIndex))) removed += deleteRow.run(runId, replicate, row.mutantId, row.questionIndex).changes
    }
    return removed
  })
  const saveNodes = db.transaction((runId: string, nodes: readonly TemplateNode[]) => {
    for (const node of nodes) {
      upsertNode.run({
        runId,
        replicate: replicateOf(node),
        id: node.id,
        level: node.level,
        seedId: node.seedId ?? null,
        parentId: node.parentId ?? null,
        partnerId: node.partnerId ?? null,
        mutator: node.mutator ?? null,
        iteration: node.iteration ?? null,
        text: node.text,
        helperError: node.helperError ?? null,
        helperErrorClass: node.helperErrorClass ?? null,
      })
    }
  })

  return {
    saveInputs: inOrder((runId: string, inputs: IceRunInputs) => void upsertInputs.run(runId, JSON.stringify(inputs))),
    inputs: inOrder((runId: string): IceRunInputs | undefined => {
      const raw = selectInputs.get(runId) as { inputs_json: string } | undefined
      return raw && (JSON.parse(raw.inputs_json) as IceRunInputs)
    }),
    saveNodes: inOrder((runId: string, nodes: readonly TemplateNode[]) => saveNodes(runId, nodes)),
    nodes: inOrder((runId: string): TemplateNode[] => (selectNodes.all(runId) as NodeRaw[]).map(nodeOf)),
    node: inOrder((runId: string, nodeId: number, replicate = 0): TemplateNode | undefined => {
      const raw = selectNode.get(runId, replicate, nodeId) as NodeRaw | undefined
      return raw && nodeOf(raw)
    }),
    saveRow(runId: string, row: IceAttackRow): void {
      const values = {
        runId,
        replicate: replicateOf(row),
        mutantId: row.mutantId,
        questionIndex: row.questionIndex,
        iteration: row.iteration,
        loose: verdictColumn(row.loose),
        strict: verdictColumn(row.strict),
        json: JSON.stringify(row),
      }
      batch.add(() => upsertRow.run(values))
    },
    rows: inOrder((runId: string): IceAttackRow[] => (selectRows.all(runId) as { replicate: number; row_json: string }[]).map(rowOf)),
    /**
     * Drops the nodes and rows a finished session did not reach: after failed calls were retried the
     * loop can take another path, and what the old path stored is no longer part of the run. Only
     * `replicate`'s nodes and rows are looked at: each replicate is its own fuzzing run.
     */
    prune: inOrder((runId: string, keepNodes: ReadonlySet<number>, keepRows: ReadonlySet<string>, replicate = 0): number =>
      prune(runId, keepNodes, keepRows, replicate),
    ),
    saveState: inOrder((runId: string, state: IceRunState, replicate = 0) => void upsertState.run(runId, replicate, state.stopReason, state.iterations)),
    state: inOrder((runId: string): IceRunState | undefined => {
      const raw = selectState.get(runId) as { stop_reason: string; iterations: number } | undefined
      return raw && { stopReason: raw.stop_reason, iterations: raw.iterations }
    }),
    states: inOrder((runId: string): IceReplicateState[] =>
      (selectStates.all(runId) as { replicate: number; stop_reason: string; iterations: number }[]).map((raw) => ({
        replicate: raw.replicate,
        stopReason: raw.stop_reason,
        iterations: raw.iterations,
      })),
    ),
  }
}
