import { Badge, Box, Button, Group, List, Stack, Switch, Text, Tooltip } from '@mantine/core'
import { useState } from 'react'
import type { IceTemplateNode } from '../../../../../shared/contract/index'
import { useIceTemplate } from '../../../lib/data/useIceResults'
import { formatInteger } from '../../../lib/format'
import { mutatorLabel } from '../../../lib/runs/ice-labels'
import { GatedText, useContentWarning } from './ContentWarning'
import { buildLineage, formatCountOf, formatRate, templateTitle, type LineageNode } from './ice-results-format'

export interface LineageTreeProps {
  readonly runId: string
  readonly templates: readonly IceTemplateNode[]
  /** The fuzzing replicate whose tree `templates` is (default 0): template texts are read from it. */
  readonly replicate?: number
  /** Shows the answers to one template in the attack rows below. */
  readonly onShowAnswers: (nodeId: number) => void
}

/**
 * The seed -> mutant tree (METHOD.md 2.2): each template with its mutation, level, iteration and
 * loose success rate; a failed helper call is marked. Seeds never used are hidden unless asked for.
 */
export function LineageTree({ runId, templates, replicate = 0, onShowAnswers }: LineageTreeProps) {
  const lineage = buildLineage(templates)
  const [showUnused, setShowUnused] = useState(false)
  const roots = showUnused ? [...lineage.roots, ...lineage.unusedSeeds] : lineage.roots
  return (
    <Stack gap="sm">
      <Text size="sm">
        {formatInteger(lineage.mutants)} templates were made from {formatInteger(lineage.roots.length)} seeds
        {lineage.failedMutants > 0 ? `; the helper failed ${formatInteger(lineage.failedMutants)} times` : ''}. Each line shows how a template was made and how
        often its answers contradicted the identity fact (loose).
      </Text>
      {lineage.unusedSeeds.length > 0 ? (
        <Switch
          label={`Also list the ${formatInteger(lineage.unusedSeeds.length)} seeds never chosen`}
          checked={showUnused}
          onChange={(event) => setShowUnused(event.currentTarget.checked)}
        />
      ) : null}
      {roots.length === 0 ? (
        <Text size="sm" c="dimmed">
          No templates yet.
        </Text>
      ) : (
        <List listStyleType="none" spacing="xs" aria-label="Template lineage" data-replicate={replicate}>
          {roots.map((tree) => (
            <LineageItem key={tree.node.id} tree={tree} source={{ runId, replicate }} onShowAnswers={onShowAnswers} />
          ))}
        </List>
      )}
    </Stack>
  )
}

/** Where a template's text is read from. */
interface TemplateSource {
  readonly runId: string
  readonly replicate: number
}

function LineageItem({
  tree,
  source,
  onShowAnswers,
}: {
  readonly tree: LineageNode
  readonly source: TemplateSource
  readonly onShowAnswers: (nodeId: number) => void
}) {
  const { node } = tree
  const [open, setOpen] = useState(false)
  const title = templateTitle(node)
  const loose = node.scores?.loose
  return (
    <List.Item>
      <Stack gap={4}>
        <Group gap="xs" wrap="wrap">
          <Text size="sm" fw={600}>
            {title}
          </Text>
          {node.level > 0 ? (
            <Text size="sm" c="dimmed">
              {mutatorLabel(node.mutator)}
              {node.partnerId !== undefined ? ` with template ${node.partnerId}` : ''} · level {node.level} · iteration {node.iteration ?? '—'}
            </Text>
          ) : null}
          {loose && loose.rate !== null ? (
            <Badge variant="light" color={loose.count > 0 ? 'orange' : 'gray'}>
              {formatCountOf(loose)} contradict · {formatRate(loose.rate)}
            </Badge>
          ) : null}
          {node.helperError !== undefined ? (
            <Tooltip label={node.helperError} multiline w={320}>
              <Badge color="red" variant="light" tabIndex={0} aria-label={`Helper failed: ${node.helperError}`}>
                Helper failed
              </Badge>
            </Tooltip>
          ) : null}
          {node.level > 0 && !node.inPool && node.helperError === undefined ? (
            <Badge color="gray" variant="outline">
              Not in the pool
            </Badge>
          ) : null}
          <Button
            size="compact-xs"
            variant="subtle"
            onClick={() => setOpen((value) => !value)}
            aria-expanded={open}
            aria-label={`${open ? 'Hide' : 'Show'} the text of ${title}`}
          >
            {open ? 'Hide text' : 'Text'}
          </Button>
          {node.scores ? (
            <Button size="compact-xs" variant="subtle" onClick={() => onShowAnswers(node.id)} aria-label={`Answers to ${title}`}>
              Answers
            </Button>
          ) : null}
        </Group>
        {open ? <TemplateText source={source} nodeId={node.id} failed={node.helperError !== undefined} /> : null}
        {tree.children.length > 0 ? (
          <Box pl="md" style={{ borderInlineStart: '2px solid var(--mantine-color-default-border)' }}>
            <List listStyleType="none" spacing="xs">
              {tree.children.map((child) => (
                <LineageItem key={child.node.id} tree={child} source={source} onShowAnswers={onShowAnswers} />
              ))}
            </List>
          </Box>
        ) : null}
      </Stack>
    </List.Item>
  )
}

function TemplateText({ source, nodeId, failed }: { readonly source: TemplateSource; readonly nodeId: number; readonly failed: boolean }) {
  const { accepted } = useContentWarning()
  const template = useIceTemplate(source.runId, nodeId, accepted && !failed, source.replicate)
  if (failed) {
    return (
      <Text size="sm" c="dimmed">
        No text: the helper’s call failed, so this template was never made.
      </Text>
    )
  }
  return (
    <GatedText what="the template" text={template.data?.text} loading={template.isPending} {...(template.error ? { error: template.error.message } : {})} />
  )
}
