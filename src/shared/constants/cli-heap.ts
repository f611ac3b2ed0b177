/**
 * V8 heap settings the command line runs with (its shebang; tests that start it another way pass
 * them too). A young generation of 16 MB per semi-space and an old-space ceiling of 1 GB: live data
 * of a 100,000-call run is well under 200 MB, and with a lower ceiling V8 collects sooner instead of
 * letting garbage pile up to several hundred MB (issue 17 item 3). 16 MB rather than 8: a call's
 * garbage is short-lived, and a young generation twice the size collects half as often; on 4,500
 * calls that saved 5-7% of the process's CPU for about 20 MB more peak memory (32 MB saved more but
 * would take a 100,000-call run past 300 MB).
 */
export const CLI_HEAP_FLAGS = '--max-semi-space-size=16 --max-old-space-size=1024'
