import { COMMAND_SUMMARIES } from '../command-index'
import { Command } from 'commander'
import type { DoctorReport } from '../../../shared/contract/app'
import { resolveDataDir } from '../../core/data-dir'
import { runDoctor } from '../../storage/doctor'
import { bundledMigrations } from '../../storage/migration-files'
import { dataDirOption } from '../options'

const MARKS = { ok: 'ok  ', warning: 'warn', error: 'FAIL' } as const

/** Plain-text report, one check per line, readable in any terminal (no colour codes needed). */
export function formatDoctorReport(dataDir: string, report: DoctorReport): string {
  const lines = [`Distillscope doctor: ${dataDir}`, '']
  for (const check of report.checks) lines.push(`[${MARKS[check.status]}] ${check.label}: ${check.detail}`)
  lines.push('', report.healthy ? 'Everything needed is in order.' : 'Problems found: see the FAIL lines above.')
  return `${lines.join('\n')}\n`
}

export function doctorCommand(setExitCode: (code: number) => void): Command {
  return new Command('doctor')
    .description(COMMAND_SUMMARIES.doctor.summary)
    .addOption(dataDirOption())
    .option('--json', 'print the report as JSON')
    .action((options: { dataDir?: string; json?: boolean }) => {
      const dataDir = resolveDataDir(options.dataDir)
      const report = runDoctor(dataDir, bundledMigrations())
      process.stdout.write(options.json ? `${JSON.stringify({ dataDir, ...report }, null, 2)}\n` : formatDoctorReport(dataDir, report))
      setExitCode(report.healthy ? 0 : 1)
    })
}
