import { join } from 'node:path'
import { APP_NAME, APP_VERSION } from './core/app-meta'
import { createEventBus, type EventBus } from './core/event-bus'
import { createLlmClient, type LlmClient } from './core/llm/llm-client'
import type { Logger } from './core/log'
import type { SliceOptions } from './core/stats/steps'
import { appHandlers } from './ipc/handlers/app'
import { exportHandlers } from './ipc/handlers/exports'
import { iceLibraryHandlers } from './ipc/handlers/ice-library'
import { paperJudgeCheckHandlers } from './ipc/handlers/paper-judge-check'
import { createPaperJudgeRuns } from './services/ice-library/paper-judge-runs'
import { keyHandlers } from './ipc/handlers/keys'
import { modelHandlers } from './ipc/handlers/models'
import { promptSetHandlers } from './ipc/handlers/prompt-sets'
import { providerHandlers } from './ipc/handlers/providers'
import { runHandlers } from './ipc/handlers/runs'
import { settingsHandlers } from './ipc/handlers/settings'
import type { Handlers } from './ipc/router'
import { createModelService } from './services/models/model-service'
import { createProviderService } from './services/providers/provider-service'
import { createSimulator } from './providers/simulator'
import { createSpecModelRegistry } from './services/models/spec-models'
import { createPromptSetService } from './services/prompt-sets/prompt-set-service'
import { createIceLibraryService, type IceLibraryService } from './services/ice-library/ice-library-service'
import { createRunService, type RunService } from './services/runs/run-service'
import { createResultsService, type ResultsService } from './services/runs/results-service'
import { createPaperJudgeCheck, type PaperJudgeCheck } from './services/ice-library/paper-judge-check'
import { createPreflightService, type PreflightService } from './services/runs/preflight-service'
import { createRunPackages, type RunPackages } from './services/runs/run-packages'
import { rseItemLoader } from './services/runs/load-rse-items'
import { inputSourcesOf } from './services/runs/input-sources'
import { createExportService } from './services/exports/export-service'
import { createSimulatorHost, type RunningSimulator } from './providers/simulator-host'
import { DATABASE_FILE_NAME, openDatabase, type Db } from './storage/database'
import { bundledMigrations, type Migration } from './storage/migration-files'
import { migrate } from './storage/migrator'
import { ensurePrivateDir } from './storage/private-files'
import { createLlmCacheRepo } from './storage/repos/llm-cache'
import { createLlmCallsRepo } from './storage/repos/llm-calls'
import { createModelsRepo } from './storage/repos/models'
import { createPromptSetsRepo } from './storage/repos/prompt-sets'
import { createProvidersRepo } from './storage/repos/providers'
import { createSettingsRepo } from './storage/repos/settings'
import { createRunsRepo } from './storage/repos/runs'
import { createRseResultsRepo } from './storage/repos/rse-results'
import { createRseChecksRepo } from './storage/repos/rse-checks'
import { createIceRunsRepo } from './storage/repos/ice-runs'
import { createAnswerCopies } from './storage/repos/answer-copies'
import { createRejudgeService, type RejudgeService } from './services/runs/rejudge-service'
import { createWriteBatch } from './storage/write-batch'
import { createIceRowReads } from './storage/repos/ice-row-reads'
import { createResultsCacheRepo } from './storage/repos/results-cache'
import { createRseResultReads } from './storage/repos/rse-result-reads'
import { createPassphraseStore } from './storage/secrets/passphrase-store'
import type { SecretStore } from './storage/secrets/secret-store'
import { tightenDataFiles } from './storage/tighten-data-files'
import { spotCheckHandlers } from './ipc/handlers/spot-check'
import { createSpotCheckService } from './services/spot-check/spot-check-service'
import { createHumanRatingsRepo } from './storage/repos/human-ratings'
import { createSpotCheckReads } from './storage/repos/spot-check-reads'

export interface Services {
  readonly dataDir: string
  readonly db: Db
  readonly events: EventBus
  readonly handlers: Handlers
  /** ICE's facts and sets; ICE runs load their questions and seeds through it. */
  readonly iceLibrary: IceLibraryService
  readonly llm: LlmClient
  /** Start, follow, stop, resume and delete runs. */
  readonly runs: RunService
  /** A finished run's answers judged again by other judges (issue 13 item 3). */
  readonly rejudge: RejudgeService
  /** What runs found: results, item and row pages. */
  readonly results: ResultsService
  /** Before a run: inputs checked, cost estimated, the judge checked. */
  readonly preflight: PreflightService
  /** A judge checked against the paper's judge on a sample of its published log (issue 13 item 5). */
  readonly paperJudgeCheck: PaperJudgeCheck
  /** Paper packages written and imported. */
  readonly packages: RunPackages
  readonly secrets: SecretStore
  /** Stops the simulator if it was started, then closes the database. */
  close(): Promise<void>
}

export interface ServiceOptions {
  readonly dataDir: string
  readonly log: Logger
  /** Tests substitute their own list; the app always uses the bundled migrations. */
  readonly migrations?: readonly Migration[]
  /** The desktop app passes its OS-encrypted store; otherwise keys use the passphrase file. */
  readonly secrets?: SecretStore
  /** Starts the Offline demo's simulator; by default an in-process one on a free loopback port. */
  readonly startSimulator?: () => Promise<RunningSimulator>
  /** Where `apiKeyEnv` variables are read from. */
  readonly env?: Readonly<Record<string, string | undefined>>
  /** How results work is sliced; the bench and tests listen to each slice's length. */
  readonly resultsSlices?: SliceOptions
}

/**
 * The composition root shared by the desktop app, browser mode and the command line: opens the
 * data folder and database, brings the schema up to date (or throws MigrationError), and wires
 * every handler. Transports only attach to `handlers` and `events`.
 */
export function createServices(options: ServiceOptions): Services {
  const migrations = options.migrations ?? bundledMigrations()
  ensurePrivateDir(options.dataDir, options.log)
  tightenDataFiles(options.dataDir, options.log)
  const databaseFile = join(options.dataDir, DATABASE_FILE_NAME)
  const db = openDatabase(databaseFile)
  try {
    const status = migrate(db, migrations)
    const info = { name: APP_NAME, version: APP_VERSION, dataDir: options.dataDir, databaseFile, schemaVersion: status.applied.at(-1)?.version ?? 0 }
    return wire(db, info, migrations, options)
  } catch (error) {
    db.close()
    throw error
  }
}

function wire(db: Db, info: Parameters<typeof appHandlers>[0]['info'], migrations: readonly Migration[], options: ServiceOptions): Services {
  const env = options.env ?? process.env
  const events = createEventBus((error) => options.log.error('An event listener failed', error))
  const secrets = options.secrets ?? createPassphraseStore({ dataDir: options.dataDir })
  const simulator = createSimulatorHost(options.startSimulator ?? (() => createSimulator({ port: 0 })))
  let keyEpoch = 0
  const modelsRepo = createModelsRepo(db)
  const iceLibrary = createIceLibraryService({ db, events })
  // What runs write per call (cache, call records, answers, judgements, attack rows) commits together.
  const batch = createWriteBatch(db, { onCommit: () => cache.committed() })
  const cache = createLlmCacheRepo(db, { batch })
  const calls = createLlmCallsRepo(db, { batch })
  const providers = createProviderService({ providers: createProvidersRepo(db), models: modelsRepo, secrets, events, env, simulatorUrl: simulator.url })
  const models = createModelService({
    models: modelsRepo,
    providers,
    secrets,
    events,
    env,
    ensureSimulator: simulator.ensure,
    keyEpoch: () => keyEpoch,
    identityFactExists: iceLibrary.factExists,
  })
  const specModels = createSpecModelRegistry({
    getSavedModel: (id) => modelsRepo.get(id),
    isSimulatedProvider: (id) => providers.mustGet(id).preset === 'simulator',
    providerKind: (id) => providers.mustGet(id).kind,
    providerAddress: (id) => {
      const provider = providers.mustGet(id)
      return { preset: provider.preset, baseURL: provider.baseURL }
    },
    simulatorUrl: simulator.url,
    ensureSimulator: simulator.ensure,
    checkSavedReady: (id, alias) => models.checkReady(id, alias),
    env,
  })
  // Models inline in a run spec first (ids `run:...`), then the ones saved in the app.
  const llm = createLlmClient({
    resolve: async (id) => (await specModels.resolve(id)) ?? models.resolve(id),
    cache,
    record: calls.record,
  })
  const promptSets = createPromptSetService({ repo: createPromptSetsRepo(db), events })
  const humanRatings = createHumanRatingsRepo(db)
  const repos = {
    runs: createRunsRepo(db),
    rse: createRseResultsRepo(db, batch),
    rseChecks: createRseChecksRepo(db, batch),
    ice: createIceRunsRepo(db, batch),
    calls,
  }
  const loadItems = rseItemLoader(promptSets)
  const runs = createRunService({ ...repos, events, log: options.log, llm, models: specModels, promptSets, iceLibrary, loadItems })
  const rejudge = createRejudgeService({ ...repos, copies: createAnswerCopies(db, batch), manager: runs.manager, models: specModels })
  const results = createResultsService({
    ...repos,
    rseReads: createRseResultReads(db, batch),
    rseChecks: repos.rseChecks,
    iceReads: createIceRowReads(db, batch),
    resultsCache: createResultsCacheRepo(db),
    models: specModels,
    slices: options.resultsSlices,
  })
  // A run that ends has its results computed at once, in slices, so opening it finds them kept.
  events.attach((event, payload) => {
    if (event !== 'runs.finished') return
    const run = payload as { id: string; kind: string }
    void (run.kind === 'ice' ? results.iceResults(run.id) : results.rseResults(run.id)).catch(() => undefined)
  })
  const preflight = createPreflightService({ llm, models: specModels, promptSets, iceLibrary, loadItems })
  const paperJudgeCheck = createPaperJudgeCheck({ llm, models: specModels })
  const packages = createRunPackages({
    ...repos,
    humanRatings,
    db,
    models: specModels,
    callsOf: results.callsOf,
    mustGet: results.mustGet,
    rseResults: results.rseResultsNow,
    iceResults: results.iceResultsNow,
    modelVersions: results.versionsOf,
    inputSources: (run) =>
      inputSourcesOf(run.spec, {
        promptSet: (id) => promptSets.list().find((set) => set.id === id)?.sourceNote,
        iceSet: (id) => iceLibrary.sourceNoteOf?.(id),
      }),
  })
  const spotCheck = createSpotCheckService({
    runs: repos.runs,
    reads: createSpotCheckReads(db, batch),
    ratings: humanRatings,
    modelOf: (run, alias) => {
      const model = run.spec.models[alias]
      try {
        return model && specModels.describe(model).model
      } catch {
        return undefined // a saved model deleted since: the summary shows the alias alone
      }
    },
    isActive: (runId) => runs.manager.isActive(runId),
  })
  const handlers: Handlers = {
    ...appHandlers({ info, migrations }),
    ...settingsHandlers(createSettingsRepo(db), events),
    ...providerHandlers(providers),
    ...modelHandlers(models, llm),
    ...keyHandlers(secrets, providers, () => keyEpoch++),
    ...promptSetHandlers(promptSets),
    ...iceLibraryHandlers(iceLibrary),
    ...paperJudgeCheckHandlers(createPaperJudgeRuns({ check: paperJudgeCheck, events })),
    ...runHandlers({ runs, results, preflight, packages, rejudge }),
    ...exportHandlers(createExportService(results.forExport)),
    ...spotCheckHandlers(spotCheck),
  }
  return {
    dataDir: options.dataDir,
    db,
    events,
    handlers,
    iceLibrary,
    llm,
    runs,
    rejudge,
    results,
    preflight,
    paperJudgeCheck,
    packages,
    secrets,
    close: async () => {
      await runs.manager.shutdown()
      await simulator.close()
      try {
        batch.flush()
      } finally {
        db.close()
      }
    },
  }
}
