import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { screenshot } from '../support/browser'
import { useIceLibraryPage } from '../support/ice-library-page'

/**
 * A newcomer on the Identity (ICE) page, in browser mode: edits a built-in identity fact and resets
 * it, is refused a second fact for the same vendor, imports a question CSV and sees its counts, is
 * refused a malformed file with the line named, deletes a set only after confirming, and gives the
 * Offline demo model an identity fact. (Seed templates and the paper's logs: ice-library-seeds-and-logs.test.ts.)
 */
const app = useIceLibraryPage('ice-library', writeQuestionFiles)
const { table, rowOf, status, closeDialog, settled } = app
const questionsFile = join(app.filesDir, 'my-identity-questions.csv')
const brokenQuestions = join(app.filesDir, 'broken-questions.jsonl')

function writeQuestionFiles(): void {
  // The third question has no language: Distillscope detects it (English).
  writeFileSync(
    questionsFile,
    [
      'query,category,language',
      'Who developed you?,team,en',
      'Which company trained you?,team,en',
      'Where is your headquarters?,geography,',
      '你是由哪家公司开发的？,team,zh',
      '',
    ].join('\n'),
  )
  // Line 2 has a trailing comma, which JSON does not allow.
  writeFileSync(brokenQuestions, ['{"query": "Who made you?"}', '{"query": "Who trained you?",}', ''].join('\n'))
}

describe('Identity facts', () => {
  it('lists the built-in facts and explains the suspected source with its defaults', async () => {
    const deepseek = rowOf('Identity facts', /^DeepSeek/)
    await deepseek.waitFor()
    expect(await deepseek.getByRole('rowheader').textContent()).toBe('DeepSeekBuilt-in')
    const main = (await app.page.getByRole('main').textContent()) ?? ''
    expect(main).toContain('the loose judge compares every answer')
    expect(main).toMatch(/the suspected source is OpenAI and Anthropic, with the keywords gpt, openai, claude, anthropic/)
    await screenshot(app.page, 'ice-library-facts')
  })

  it('edits a built-in fact, sees it marked Edited, then resets it after confirming', async () => {
    const original =
      (await rowOf('Identity facts', /^DeepSeek/)
        .getByRole('cell')
        .first()
        .textContent()) ?? ''
    await app.page.getByRole('button', { name: 'Edit the fact for DeepSeek' }).click()
    const dialog = app.page.getByRole('dialog', { name: 'Edit the fact for DeepSeek' })
    await dialog.getByLabel('Identity fact').fill('I am DeepSeek-V3, a large language model developed by DeepSeek in Hangzhou.')
    await dialog.getByLabel('Series').fill('DeepSeek-V3')
    await dialog.getByLabel('Series').press('Enter')
    await dialog.getByRole('button', { name: 'Save changes' }).click()
    await dialog.waitFor({ state: 'hidden' })
    await status('Saved the fact for DeepSeek.').waitFor()
    const row = rowOf('Identity facts', /^DeepSeek/)
    expect(await row.getByRole('rowheader').textContent()).toBe('DeepSeekEdited')
    expect(await row.getByRole('cell').allTextContents()).toEqual([
      'I am DeepSeek-V3, a large language model developed by DeepSeek in Hangzhou.',
      'DeepSeek, DeepSeek-V3',
      'deepseek',
      'EditReset',
    ])

    // Cancelling changes nothing; only the confirmation resets.
    await row.getByRole('button', { name: 'Reset the fact for DeepSeek' }).click()
    const confirm = app.page.getByRole('dialog', { name: 'Reset the fact for DeepSeek?' })
    await closeDialog(confirm)
    expect(await row.getByRole('rowheader').textContent()).toBe('DeepSeekEdited')
    await row.getByRole('button', { name: 'Reset the fact for DeepSeek' }).click()
    await confirm.getByRole('button', { name: 'Reset to the built-in fact' }).click()
    await confirm.waitFor({ state: 'hidden' })
    await status('The fact for DeepSeek is back to the built-in text.').waitFor()
    expect(await row.getByRole('rowheader').textContent()).toBe('DeepSeekBuilt-in')
    expect(await row.getByRole('cell').first().textContent()).toBe(original)
  })

  it('refuses an empty fact and a second fact for a vendor that has one, saying what to do', async () => {
    await app.page.getByRole('button', { name: 'Add a fact' }).click()
    const dialog = app.page.getByRole('dialog', { name: 'Add an identity fact' })
    await dialog.getByRole('button', { name: 'Add fact' }).click()
    await dialog.getByText('Name the vendor, for example “Alibaba Cloud”.').waitFor()
    await dialog.getByText(/Write the fact: one sentence, in the first person/).waitFor()
    await dialog.getByLabel('Vendor').fill('openai')
    await dialog.getByLabel('Identity fact').fill('I am a model made by OpenAI.')
    await dialog.getByRole('button', { name: 'Add fact' }).click()
    await dialog.getByRole('alert').filter({ hasText: 'There is already an identity fact for OpenAI. Edit that one instead of adding another.' }).waitFor()
    await screenshot(app.page, 'ice-library-fact-conflict')
    await closeDialog(dialog)
  })

  it('adds a fact of its own and deletes it only after confirming', async () => {
    await app.page.getByRole('button', { name: 'Add a fact' }).click()
    const dialog = app.page.getByRole('dialog', { name: 'Add an identity fact' })
    await dialog.getByLabel('Vendor').fill('Acme AI')
    await dialog.getByLabel('Identity fact').fill('I am Roadrunner, a language model built by Acme AI.')
    await dialog.getByRole('button', { name: 'Add fact' }).click()
    await dialog.waitFor({ state: 'hidden' })
    await status('Added the fact for Acme AI.').waitFor()
    const row = rowOf('Identity facts', /^Acme AI/)
    expect(await row.getByRole('rowheader').textContent()).toBe('Acme AIAdded by you')
    // Without keywords, the vendor's own name is used.
    expect(await row.getByRole('cell').nth(2).textContent()).toBe('acme ai')

    await row.getByRole('button', { name: 'Delete the fact for Acme AI' }).click()
    const confirm = app.page.getByRole('dialog', { name: 'Delete the fact for Acme AI?' })
    expect(await confirm.textContent()).toMatch(/This cannot be undone/)
    await confirm.getByRole('button', { name: 'Delete fact' }).click()
    await confirm.waitFor({ state: 'hidden' })
    await status('Deleted the fact for Acme AI.').waitFor()
    expect(await row.count()).toBe(0)
  })
})

describe('Question sets', () => {
  const SETS = 'Question sets'

  it('lists the built-in sets with their counts per language, without a Delete button', async () => {
    const both = rowOf(SETS, /^Identity questions \(English and Chinese\)/)
    await both.waitFor()
    expect(await both.getByRole('cell').first().textContent()).toBe('50 questions25 English, 25 Chinese')
    expect(await both.getByRole('button', { name: /^Delete/ }).count()).toBe(0)
  })

  it('imports a question CSV and shows its counts, then lists each question with its aspect and language', async () => {
    await app.page.getByRole('button', { name: 'Import questions' }).click()
    const dialog = app.page.getByRole('dialog', { name: 'Import a question set' })
    await dialog.getByLabel('Question file').setInputFiles(questionsFile)
    await expect.poll(() => dialog.getByRole('textbox', { name: 'Name' }).inputValue()).toBe('my-identity-questions')
    await dialog.getByRole('button', { name: 'Import', exact: true }).click()
    await dialog.waitFor({ state: 'hidden' })
    await status('Imported “my-identity-questions”: 4 questions (3 English, 1 Chinese).').waitFor()
    const row = rowOf(SETS, 'my-identity-questions')
    expect(await row.getByRole('cell').allTextContents()).toEqual(['4 questions3 English, 1 Chinese', 'Imported from my-identity-questions.csv.', 'ViewDelete'])

    await row.getByRole('button', { name: 'View my-identity-questions' }).click()
    const drawer = app.page.getByRole('dialog', { name: 'my-identity-questions' })
    const questions = drawer.getByRole('table', { name: 'Questions' })
    await questions.waitFor()
    expect(await questions.getByRole('row').nth(4).getByRole('cell').allTextContents()).toEqual(['q4', '你是由哪家公司开发的？', 'Team', 'Chinese'])
    expect(await questions.getByRole('row').nth(3).getByRole('cell').allTextContents()).toEqual(['q3', 'Where is your headquarters?', 'Geography', 'English'])
    await drawer.getByText('Questions 1–4 of 4').waitFor()
    await settled()
    await screenshot(app.page, 'ice-library-question-set')
    await drawer.getByRole('button', { name: 'Close' }).click()
    await drawer.waitFor({ state: 'hidden' })
  })

  it('refuses a malformed file, naming the line, and adds nothing', async () => {
    const before = await table(SETS).getByRole('rowheader').count()
    await app.page.getByRole('button', { name: 'Import questions' }).click()
    const dialog = app.page.getByRole('dialog', { name: 'Import a question set' })
    await dialog.getByLabel('Question file').setInputFiles(brokenQuestions)
    await dialog.getByRole('button', { name: 'Import', exact: true }).click()
    const refusal = dialog.getByRole('alert').filter({ hasText: 'The question set was not imported' })
    await refusal.waitFor()
    expect(await refusal.textContent()).toMatch(/Nothing was imported\. "broken-questions\.jsonl", line 2 is not valid JSON/)
    await screenshot(app.page, 'ice-library-import-malformed')
    await closeDialog(dialog)
    expect(await table(SETS).getByRole('rowheader').count()).toBe(before)
  })

  it('deletes an imported set only after confirming', async () => {
    await app.page.getByRole('button', { name: 'Delete my-identity-questions' }).click()
    const confirm = app.page.getByRole('dialog', { name: 'Delete “my-identity-questions”?' })
    expect(await confirm.textContent()).toMatch(/its 4 questions will be removed from Distillscope\. Runs that already used it keep their own copy/)
    await closeDialog(confirm)
    await rowOf(SETS, 'my-identity-questions').waitFor()
    await app.page.getByRole('button', { name: 'Delete my-identity-questions' }).click()
    await confirm.getByRole('button', { name: 'Delete question set' }).click()
    await confirm.waitFor({ state: 'hidden' })
    await status('Deleted “my-identity-questions”.').waitFor()
    expect(await rowOf(SETS, 'my-identity-questions').count()).toBe(0)
  })
})

describe('A model’s identity fact', () => {
  it('is chosen in the model form, shown in the table, and can be set back to None', async () => {
    await app.page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Models', exact: true }).click()
    await app.page.getByRole('button', { name: 'Try the Offline demo' }).click()
    await status('The Offline demo is ready').waitFor()
    const name = 'Offline demo reference (simulated)'
    await app.page.getByRole('button', { name: `Edit ${name}` }).click()
    const dialog = app.page.getByRole('dialog', { name: `Edit ${name}` })
    const select = dialog.getByLabel('Identity fact (for ICE)')
    expect(await select.inputValue()).toBe('')
    await select.selectOption({ label: 'Distillscope Labs' })
    await dialog.getByRole('button', { name: 'Save changes' }).click()
    await dialog.waitFor({ state: 'hidden' })
    // The demo's targets have this identity too: the reference's own row is read.
    const row = app.page.getByRole('row').filter({ has: app.page.getByRole('rowheader', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}`) }) })
    await row.getByText('Identity (ICE): Distillscope Labs').waitFor()

    await app.page.getByRole('button', { name: `Edit ${name}` }).click()
    expect(await select.inputValue()).toBe('simulator')
    await select.selectOption({ label: 'None' })
    await dialog.getByRole('button', { name: 'Save changes' }).click()
    await dialog.waitFor({ state: 'hidden' })
    await row.getByText('Identity (ICE): Distillscope Labs').waitFor({ state: 'detached' })
  })

  it('raised no errors in the app.page', () => {
    expect(app.pageErrors).toEqual([])
  })
})
