/** What the command line is given by its entry point (cli/index.ts), shared by the commands that need it. */
export interface CliContext {
  /** Where the built renderer lives, served by `distillscope web`. */
  readonly rendererDir: string
}
