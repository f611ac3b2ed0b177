import { Code, Text } from '@mantine/core'
import { userMessage } from '../../lib/api'
import { useIceDefaults } from '../../lib/data/useIceLibrary'

/**
 * The suspected source (METHOD.md 2.6): whose identity leaking into a model's answers would suggest
 * distillation. Defaults come from the backend, so this text always says what a new run starts with.
 */
export function SuspectedSource() {
  const defaults = useIceDefaults()
  const vendors = defaults.data?.suspectedVendors ?? []
  const keywords = defaults.data?.hardKeywords ?? []
  return (
    <Text size="sm">
      <strong>The suspected source</strong> is the vendor whose model might have been distilled. The strict judge counts an answer only if it claims to be made
      by one of these vendors, or to belong to one of their series; an answer counts as <em>hard</em> only if its template did not mention them itself (none of
      the keywords appears in it).{' '}
      {defaults.isError ? (
        <>The defaults could not be loaded ({userMessage(defaults.error)}).</>
      ) : defaults.data ? (
        <>
          By default, as in the paper, the suspected source is {vendors.join(' and ')}, with the keywords{' '}
          {keywords.map((keyword, index) => (
            <span key={keyword}>
              {index > 0 ? ', ' : ''}
              <Code>{keyword}</Code>
            </span>
          ))}
          . You can change both for each run in the ICE wizard.
        </>
      ) : (
        <>Loading the defaults…</>
      )}
    </Text>
  )
}
