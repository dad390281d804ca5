export {
  openStore,
  StoreError,
  type AtlasStore,
  type CommitOptions,
  type OpenStoreOptions,
} from './store';
export { BundledDataError, loadBundledData, type BundledData } from './bundled';
export { FileExistsError, writeFileAtomic } from './atomic-write';
export { type CrashTrialsResult, runCrashTrials } from './crash-trial';
export { describeError, isIoError } from './io-errors';
export {
  buildRevision,
  encodeRevision,
  REVISIONS_FOLDER,
  revisionFileName,
  type FromFile,
  type RevisionFile,
} from './revision-file';
// Test and reliability-harness helpers (they write only to temporary folders).
export { makeStoreDirs, makeTempDir } from './test-fixtures';
export { type WriterLockOptions, acquireWriterLock } from './writer-lock';
