import type { LocalizedText } from '../i18n-text';

export type LegalSourceKind =
  | 'party-resolution'
  | 'national-assembly-resolution'
  | 'government-resolution'
  | 'decree'
  | 'decision'
  | 'technical-regulation'
  | 'guidance'
  | 'report';

/**
 * A document a target, threshold or formula comes from, so that a leader can see why a number
 * is the target. `kind: 'report'` marks figures quoted in reports or slides whose underlying
 * legal instrument is not named: shown, but labelled as such.
 */
export interface LegalSource {
  readonly id: string;
  readonly kind: LegalSourceKind;
  /** official number: "942/QĐ-TTg" */
  readonly number: string;
  /** Vietnamese calendar date of issue, "2021-06-15"; null when not known */
  readonly issued: string | null;
  readonly issuer: LocalizedText;
  readonly title: LocalizedText;
}
