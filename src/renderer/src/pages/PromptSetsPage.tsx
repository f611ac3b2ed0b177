import { SECTIONS } from '../app/sections'
import { EmptyState } from '../components/EmptyState'
import { Page } from '../components/Page'

export function PromptSetsPage() {
  return (
    <Page title={SECTIONS.promptSets.label}>
      <EmptyState
        icon={SECTIONS.promptSets.icon}
        title="No prompt sets yet"
        text={[
          'A prompt set is a list of questions that every model answers, so their responses can be compared for similarity.',
          'You will be able to import files from Arena-Hard, NuminaMath or ShareGPT, or start with the built-in sets.',
        ]}
      />
    </Page>
  )
}
