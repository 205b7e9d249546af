/** The vendor-neutral network model every parser produces and every later stage reads. */
export type { Provenance } from './provenance.js';
export type { Interface, InterfaceAddress, Zone } from './interface.js';
export type { StaticRoute } from './route.js';
export type { Action, FilterStage, MatchTerm, Rule, RuleDisplay, RuleSourceNat } from './filter.js';
export type { DestinationNat, SourceNat } from './nat.js';
export { identityOf } from './identity.js';
export type { AdminAccount, ManagementAccess } from './management.js';
export type { DefinedObject, ObjectKind, ObjectReference } from './objects.js';
export type { Device, Vendor } from './device.js';
export { type FileStatus, type ParseWarning, type ParsedConfig, countUnrecognized, statusFromWarnings } from './parse-result.js';
