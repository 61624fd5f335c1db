/** The failure the conformance suite and `failingStore` inject inside a transaction. */
export class InjectedFailure extends Error {
  override name = 'InjectedFailure';
}
