import { Button, Checkbox, Group, Stack, TagsInput, Text, Title } from '@mantine/core'
import { withKeywords, withKeywordsReset, withVendors } from './ice-form'
import type { IceStepProps } from './step-props'
import { METHOD_TERMS } from '../../../lib/method-terms'

/**
 * The suspected source (METHOD.md 2.6): the vendors the strict judge looks for, and hard's keywords,
 * which follow the vendors until the person changes them.
 */
export function SuspectedSourceFields({ values, resolved, context, errors, onChange }: IceStepProps) {
  const vendorSuggestions = [...new Set(context.facts.map((fact) => fact.vendor))]
  return (
    <Stack gap="sm">
      <Title order={4}>Suspected source</Title>
      <Text size="sm">
        The vendor whose model you suspect the target learned from; the paper suspected OpenAI and Anthropic. A strict positive is an answer claiming to be one
        of their models. It counts as hard when the template itself named none of the keywords.
      </Text>
      <Text size="xs" c="dimmed">
        {METHOD_TERMS['hard-positive'].explanation}
      </Text>
      <TagsInput
        label="Suspected vendors"
        description="Press Enter after each vendor."
        value={[...resolved.suspectedVendors]}
        data={vendorSuggestions}
        onChange={(vendors) => onChange((current) => withVendors(current, vendors), ['suspectedVendors', 'hardKeywords'])}
        error={errors.suspectedVendors}
        clearable
      />
      <TagsInput
        label="Keywords that rule out hard positives"
        description={
          resolved.keywordsEdited
            ? 'Your own keywords, matched in the template, ignoring case.'
            : 'The vendors’ names and series, matched in the template, ignoring case.'
        }
        value={[...resolved.hardKeywords]}
        onChange={(keywords) => onChange((current) => withKeywords(current, keywords), ['hardKeywords'])}
        error={errors.hardKeywords}
        clearable
      />
      {resolved.keywordsEdited ? (
        <Group>
          <Button size="compact-sm" variant="subtle" onClick={() => onChange(withKeywordsReset, ['hardKeywords'])}>
            Use the vendors’ keywords again
          </Button>
        </Group>
      ) : null}
      <Checkbox
        label="Run the strict judge on loose positives"
        description="Without it, only the loose score is measured: strict and hard stay empty."
        checked={values.strict}
        onChange={(event) => {
          const strict = event.currentTarget.checked
          onChange((current) => ({ ...current, strict }), [])
        }}
      />
    </Stack>
  )
}
