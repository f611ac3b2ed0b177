// What went wrong in this run, filled by every module and printed and saved by run.mjs at the end.

/** Hard failures (the scan could not be trusted); findings are judged separately. */
export const failures = []
/** Worth saying, but the scan can still be trusted. */
export const warnings = []
