/**
 * The briefing's key indicators (section II), in reading order: the overview's headline KPI
 * and the dossier figures a provincial meeting (giao ban) reviews every month, then the 766
 * index. Section I lists every KPI with a provincial target (the overview's scorecard).
 */
export const BRIEFING_KEY_KPIS: readonly string[] = [
  'dvc.online-dossier-share',
  'dossiers.online-filing-share',
  'dossiers.on-time-share',
  'dossiers.online-payment-share',
  'feedback.handled-on-time-share',
  'index766.total',
];
