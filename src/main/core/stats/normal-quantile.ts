/**
 * The standard normal quantile, for interval z values (METHOD.md 3: Wilson 95% for ICE rates).
 * Wichura's algorithm AS241 (PPND16, Applied Statistics 37(3), 1988), accurate to about 1e-16:
 * three rational approximations, for the centre, the near tails and the far tails.
 */

const SPLIT1 = 0.425
const SPLIT2 = 5
const CONST1 = 0.180625
const CONST2 = 1.6

// Coefficients lowest power first, as published, written at double precision (the shortest
// literal that reads back to the same double; the published 20-digit forms round to these).
const A = [
  3.3871328727963665, 133.14166789178438, 1971.5909503065513, 13731.69376550946, 45921.95393154987, 67265.7709270087, 33430.57558358813, 2509.0809287301227,
]
const B = [1, 42.31333070160091, 687.1870074920579, 5394.196021424751, 21213.794301586597, 39307.89580009271, 28729.085735721943, 5226.495278852854]
const C = [
  1.4234371107496835, 4.630337846156546, 5.769497221460691, 3.6478483247632045, 1.2704582524523684, 0.2417807251774506, 0.022723844989269184,
  0.0007745450142783414,
]
const D = [1, 2.053191626637759, 1.6763848301838038, 0.6897673349851, 0.14810397642748008, 0.015198666563616457, 0.0005475938084995345, 1.0507500716444169e-9]
const E = [
  6.657904643501103, 5.463784911164114, 1.7848265399172913, 0.29656057182850487, 0.026532189526576124, 0.0012426609473880784, 0.000027115555687434876,
  2.0103343992922881e-7,
]
const F = [
  1, 0.599832206555888, 0.1369298809227358, 0.014875361290850615, 0.0007868691311456133, 0.000018463183175100548, 1.421511758316446e-7, 2.0442631033899397e-15,
]

function poly(coefficients: readonly number[], x: number): number {
  let value = 0
  for (let i = coefficients.length - 1; i >= 0; i--) value = value * x + (coefficients[i] ?? 0)
  return value
}

/** z such that P(Z <= z) = p for a standard normal Z; p must be in (0, 1). */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile needs p in (0, 1), got ${p}`)
  const q = p - 0.5
  if (Math.abs(q) <= SPLIT1) {
    const r = CONST1 - q * q
    return (q * poly(A, r)) / poly(B, r)
  }
  let r = Math.sqrt(-Math.log(q < 0 ? p : 1 - p))
  let z: number
  if (r <= SPLIT2) {
    r -= CONST2
    z = poly(C, r) / poly(D, r)
  } else {
    r -= SPLIT2
    z = poly(E, r) / poly(F, r)
  }
  return q < 0 ? -z : z
}

/** The two-sided z for a confidence level, e.g. 1.959964 for 0.95. */
export function zForConfidence(confidence: number): number {
  assertConfidence(confidence)
  return normalQuantile(1 - (1 - confidence) / 2)
}

export function assertConfidence(confidence: number): void {
  if (!(confidence > 0 && confidence < 1)) throw new RangeError(`confidence must be in (0, 1), got ${confidence}`)
}
