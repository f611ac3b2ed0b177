import { SECTIONS } from '../app/sections'
import { EmptyState } from '../components/EmptyState'
import { LinkButton } from '../components/LinkButton'
import { Page } from '../components/Page'

export function RunsPage() {
  return (
    <Page title={SECTIONS.runs.label}>
      <EmptyState
        icon={SECTIONS.runs.icon}
        title="No runs yet"
        text={[
          'A run compares models in one of two ways: RSE (response similarity) checks how alike their answers are, and ICE (identity consistency) checks whether a model describes itself as if it were another model.',
          'To start, add the models you want to compare.',
        ]}
        action={<LinkButton to={SECTIONS.models.path}>Go to Models</LinkButton>}
      />
    </Page>
  )
}
