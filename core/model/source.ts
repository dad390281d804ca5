import type { SourceId } from './ids';

export type SourceKind =
  | 'official_release'
  | 'news_agency'
  | 'news_repost'
  | 'research_paper'
  | 'blog_or_qa'
  | 'other'
  | 'user_import';

/** A cited page (or an imported file). URLs are kept as text and never opened by the app. */
export interface Source {
  id: SourceId;
  title: string;
  publisher: string;
  url: string;
  /** YYYY-MM-DD or YYYY-MM, or '' when unknown. */
  publishedDate: string;
  kind: SourceKind;
  /** sha256 of the imported file's bytes (user imports only). */
  checksum?: string;
}
