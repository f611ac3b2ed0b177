import { AppError } from '../../../../../shared/contract/errors'

/** A file ICE cannot use. The message names the file's line (1-based, as an editor shows it). */
export class IceImportError extends AppError {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super('invalid_input', message, line === undefined ? undefined : [{ path: `line ${line}`, message }])
    this.name = 'IceImportError'
  }
}

/** A problem that does not stop the import (a template without a placeholder). */
export interface IceImportWarning {
  readonly line: number
  readonly message: string
}
