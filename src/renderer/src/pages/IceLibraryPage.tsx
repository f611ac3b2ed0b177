import { Divider, Text } from '@mantine/core'
import { SECTIONS } from '../lib/sections'
import { Page } from '../components/Page'
import { FactsSection } from '../features/ice-library/FactsSection'
import { IceSetsSection } from '../features/ice-library/IceSetsSection'
import { PaperLogSection } from '../features/ice-library/PaperLogSection'
import { useIceLibrarySync } from '../lib/data/useIceLibrary'

/** What ICE runs are made of (METHOD.md 2.1): identity facts, identity questions and seed templates, plus the paper's logs. */
export function IceLibraryPage() {
  useIceLibrarySync()
  return (
    <Page title={SECTIONS.iceLibrary.label}>
      <Text>
        An identity run (ICE) asks a model who made it, hiding each question inside a jailbreak template that loosens its usual answer, and counts how often it
        claims another vendor’s identity. A model that says “I was developed by OpenAI” when it was not may have learnt from OpenAI’s answers. This page holds
        what those runs use.
      </Text>
      <FactsSection />
      <Divider />
      <IceSetsSection
        kind="questions"
        intro={
          <Text size="sm">
            Identity questions ask about five aspects: the team behind the model, its partners, its company’s business, the technology under it, and where it is
            based. The paper used 25 English questions and their 25 Chinese translations; the built-in sets are the Distillscope team’s own questions in the
            same shape.
          </Text>
        }
      />
      <Divider />
      <IceSetsSection
        kind="seeds"
        intro={
          <Text size="sm">
            Seed templates are the jailbreak prompts a run starts from; a helper model rewrites them as the run goes. The paper started from GPTFuzz’s 77
            templates. The built-in set is a few mild role-play templates written by the Distillscope team.
          </Text>
        }
      />
      <Divider />
      <PaperLogSection />
    </Page>
  )
}
