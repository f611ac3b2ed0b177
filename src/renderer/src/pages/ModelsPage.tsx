import { SECTIONS } from '../app/sections'
import { EmptyState } from '../components/EmptyState'
import { Page } from '../components/Page'

export function ModelsPage() {
  return (
    <Page title={SECTIONS.models.label}>
      <EmptyState
        icon={SECTIONS.models.icon}
        title="No models yet"
        text={[
          'Models are the AI systems you compare. You will add a reference model (for example GPT-4o), the student models you suspect learned from it, and a judge model that scores how alike their answers are.',
          'Your API keys stay on this computer. You do not need a key to try Distillscope: the Offline demo is a simulated provider that works without one.',
          'Adding models arrives in an upcoming version of Distillscope.',
        ]}
      />
    </Page>
  )
}
