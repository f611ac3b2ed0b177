/**
 * V8 heap settings the command line runs with (its shebang; tests that start it another way pass
 * them too). A young generation of 8 MB per semi-space and an old-space ceiling of 1 GB: live data
 * of a 100,000-call run is well under 200 MB, and with a lower ceiling V8 collects sooner instead of
 * letting garbage pile up to several hundred MB (issue 17 item 3).
 */
export const CLI_HEAP_FLAGS = '--max-semi-space-size=8 --max-old-space-size=1024'
