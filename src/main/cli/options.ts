import { InvalidArgumentError, Option } from 'commander'

/** `--data-dir` is accepted by every command, with the same meaning and default. */
export const dataDirOption = () => new Option('--data-dir <dir>', "data folder (default: the desktop app's, or $DISTILLSCOPE_DATA_DIR)")

/** A commander parser for whole numbers in a range, with an error that says what is expected. */
export function wholeNumber(what: string, min: number, max: number) {
  return (value: string): number => {
    const number = Number(value)
    if (!/^-?\d+$/.test(value.trim()) || number < min || number > max) throw new InvalidArgumentError(`${what} is a whole number from ${min} to ${max}`)
    return number
  }
}

/** Resolves on Ctrl+C or SIGTERM, so long-running commands can shut down cleanly. */
export function waitForStopSignal(): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      resolve()
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
}
