/** The check catalogue of DESIGN.md §4: ids are fixed, so tests hold them as data. */
export const CATALOGUE = [
  'MYNUMBER-INTERNET',
  'MYNUMBER-LGWAN',
  'MYNUMBER-OTHER',
  'APPROVED-TOO-BROAD',
  'INTERNET-LGWAN-UNSANITIZED',
  'LGWAN-INTERNET-DIRECT',
  'WAN-TRANSIT',
  'INTERNET-EGRESS-BYPASS',
  'EXPOSED-TO-INTERNET',
  'CLASSIFIED-ASSET-EXPOSED',
  'UNFILTERED-BRIDGE',
  'UNCLASSIFIED-NETWORK',
  'INVENTORY-MISMATCH',
  'RULE-SHADOWED',
  'RULE-ANY-ANY',
  'OBJECT-UNDEFINED',
  'OBJECT-UNUSED',
  'MGMT-EXPOSED',
  'MGMT-INSECURE',
  'DEFAULT-ADMIN',
  'CROSS-SEGMENT-NO-LOG',
  'PARSE-UNRECOGNIZED',
] as const;

/** The network models a site file may name. */
export const MODELS = ['alpha', 'alpha-prime', 'beta', 'beta-prime', 'two-layer', 'internet-only'] as const;

/** The マイナンバー separation checks. */
export const MYNUMBER_CHECKS = ['MYNUMBER-INTERNET', 'MYNUMBER-LGWAN', 'MYNUMBER-OTHER'] as const;

/** The LGWAN/Internet 無害化 checks, whose verdict depends on the model's screen-transfer direction. */
export const SCREEN_CHECKS = ['INTERNET-LGWAN-UNSANITIZED', 'LGWAN-INTERNET-DIRECT'] as const;
