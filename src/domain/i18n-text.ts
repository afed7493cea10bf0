/**
 * A user-facing text in both product languages. Vietnamese is the default and uses the
 * official wording; English is for foreign partners and the code's own readers.
 */
export interface LocalizedText {
  readonly vi: string;
  readonly en: string;
}
