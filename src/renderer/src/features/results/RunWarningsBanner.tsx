import { Alert, Code, List, Stack, Text } from '@mantine/core'
import { IconAlertTriangle } from '@tabler/icons-react'
import type { UnreadableJudgements } from '../../../../shared/contract/index'
import { outcomeLabel } from '../../../../shared/contract/index'
import { formatInteger } from '../../lib/format'

export interface RunWarningsBannerProps {
  readonly warnings: readonly string[]
  readonly unreadable: UnreadableJudgements
}

/**
 * A run that finished with warnings says so above its numbers: what went wrong, which judge, how
 * many replies could not be read, and three of them as the judge wrote them, so a reader can tell
 * a judge that ignored the format from one that could not decide.
 */
export function RunWarningsBanner({ warnings, unreadable }: RunWarningsBannerProps) {
  if (warnings.length === 0) return null
  const { judge } = unreadable
  return (
    <Alert
      color="orange"
      variant="light"
      role="alert"
      title={`This run ${outcomeLabel('completed_with_warnings')}`}
      icon={<IconAlertTriangle aria-hidden />}
      data-testid="run-warnings"
    >
      <Stack gap="xs">
        <List size="sm" spacing={2}>
          {warnings.map((warning) => (
            <List.Item key={warning}>{warning}</List.Item>
          ))}
        </List>
        {unreadable.count > 0 ? (
          <>
            <Text size="sm">
              The judge {judge.alias} ({judge.model}) gave {formatInteger(unreadable.count)} unreadable {unreadable.count === 1 ? 'reply' : 'replies'} out of{' '}
              {formatInteger(unreadable.judged)}. They are left out of the rates, never counted as 0.{' '}
              {unreadable.examples.length > 1 ? 'Examples' : 'An example'}, as written:
            </Text>
            {unreadable.examples.map((example, index) => (
              <Stack key={index} gap={2}>
                <Code block style={{ whiteSpace: 'pre-wrap', maxHeight: 200, overflow: 'auto' }}>
                  {example.reply || '(empty reply)'}
                </Code>
                <Text size="xs" c="dimmed">
                  {example.reason}
                </Text>
              </Stack>
            ))}
          </>
        ) : null}
      </Stack>
    </Alert>
  )
}
