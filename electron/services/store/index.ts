export {
  openStore,
  StoreError,
  type AtlasStore,
  type CommitOptions,
  type OpenStoreOptions,
} from './store';
export { BundledDataError, loadBundledData, type BundledData } from './bundled';
export { FileExistsError, writeFileAtomic } from './atomic-write';
export type { FromFile, RevisionFile } from './revision-file';
