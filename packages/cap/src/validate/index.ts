/**
 * The semantic layer of the CAP validator (ALERTS.md, "Rules beyond the XSD" and "The city profile") and
 * the Atom feed reader: pure. The XSD and whole messages are in `../node/`. See README.md for the codes.
 */
export { SEMANTIC_CODES, hasError, type Finding, type FindingLevel, type SemanticCode } from './finding.ts';
export { capInstant } from './dates.ts';
export { parseReferences, type CapReference, type ParseReferencesResult } from './references.ts';
export {
  MAX_POLYGON_POINTS,
  parseCircle,
  parsePoint,
  parsePolygon,
  type CircleResult,
  type LatLon,
  type PointResult,
  type PolygonProblem,
  type PolygonResult,
} from './geometry.ts';
export { containsHtmlEntities, containsHtmlTags } from './html.ts';
export { PACTESUR_PROFILE_CODE, profileFor, type CityProfile } from './profile.ts';
export {
  MAX_ALERT_POLYGON_POINTS,
  validateSemantics,
  type ValidateSemanticsOptions,
} from './validate-semantics.ts';
export { ATOM_NAMESPACE, readAtomFeed, type AtomEntry, type ReadAtomFeedResult } from './atom-feed.ts';
