/**
 * The renderer's Content-Security-Policy. Scripts only from the app itself, no eval, no remote
 * anything. Styles allow inline because the component library (Mantine) sets CSS variables through
 * style attributes and injected style tags; style injection cannot run code.
 * `src/renderer/index.html` repeats this in a meta tag (a test keeps the two equal) and browser
 * mode sends it as a header, where `frame-ancestors` also applies.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ')

/** Header-only directives (ignored, with a console warning, inside a meta tag). */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`
