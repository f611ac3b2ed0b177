import { SECTIONS } from '../app/sections'
import { EmptyState } from '../components/EmptyState'
import { LinkButton } from '../components/LinkButton'
import { Page } from '../components/Page'

export function ResultsPage() {
  return (
    <Page title={SECTIONS.results.label}>
      <EmptyState
        icon={SECTIONS.results.icon}
        title="No results yet"
        text="When a run finishes, its scores, confidence intervals, figures and tables appear here. Start by setting up a run."
        action={<LinkButton to={SECTIONS.runs.path}>Go to Runs</LinkButton>}
      />
    </Page>
  )
}
