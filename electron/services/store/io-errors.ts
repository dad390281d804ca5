/**
 * File-system failures as sentences a person can act on: which file, what went wrong in plain
 * words (disk full, read-only, no permission, locked) and what to do. The CLI prints them and the
 * app shows them, instead of an errno and a stack trace.
 */
import { FileExistsError } from './atomic-write';
import { DataFolderBusyError } from './writer-lock';

/** An I/O failure with its sentence as the message; `code` is the errno (ENOSPC, EROFS…). */
export class StoreIoError extends Error {
  constructor(
    readonly code: string,
    readonly path: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'StoreIoError';
  }
}

const codeOf = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
};

const pathOf = (error: unknown): string | undefined => {
  const path = (error as { path?: unknown } | null)?.path;
  return typeof path === 'string' ? path : undefined;
};

/** The sentence for an errno, or null when `code` is not a file-system condition we can explain. */
function sentenceFor(code: string, path: string, what: string): string | null {
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `The disk holding ${path} is full, so ${what} could not be saved. Free some space on it and try again; nothing saved before was changed.`;
    case 'EROFS':
      return `${path} is on a read-only disk or folder, so ${what} could not be saved there. Choose a data folder on a writable disk (the app's settings, or --data on the command line).`;
    case 'EACCES':
    case 'EPERM':
      return `There is no permission to write ${path}, so ${what} could not be saved. Give your user write access to that folder, or choose another data folder.`;
    case 'EBUSY':
    case 'ETXTBSY':
      return `${path} is locked by another program (a sync client, an antivirus scanner or another copy of the app), so ${what} could not be saved. Close that program or wait a moment, then try again.`;
    case 'EEXIST':
      return `${path} was written by another program at the same moment, so ${what} could not be saved and nothing was overwritten. Try again.`;
    case 'ENOTDIR':
      return `Something in ${path} is a file where a folder is expected, so ${what} could not be saved. Move that file away (nothing in it is lost) and try again.`;
    case 'EISDIR':
      return `${path} is a folder where a file is expected, so ${what} could not be saved. Move that folder away and try again.`;
    case 'ENOENT':
      return `${path} disappeared (was its disk removed or the folder moved?), so ${what} could not be saved. Reconnect the disk or choose the data folder again.`;
    case 'EMFILE':
    case 'ENFILE':
      return `Too many files are open on this computer, so ${what} could not be saved. Close some programs and try again.`;
    case 'EIO':
      return `The disk reported a read/write error at ${path}, so ${what} could not be saved. The disk may be failing or was unplugged: copy your data folder somewhere safe.`;
    case 'ENAMETOOLONG':
      return `The path ${path} is too long for this file system, so ${what} could not be saved. Choose a data folder with a shorter path.`;
    default:
      return null;
  }
}

/** Whether `error` is a file-system condition (or a store lock/conflict) with a sentence. */
export function isIoError(error: unknown): boolean {
  if (error instanceof StoreIoError || error instanceof DataFolderBusyError) return true;
  const code = codeOf(error);
  return code !== undefined && sentenceFor(code, '', '') !== null;
}

/**
 * `error` as a StoreIoError whose message is the sentence, naming `path` (or, when empty, the path
 * the error carries) and `what` was being saved. Errors that are not I/O conditions are returned unchanged.
 */
export function asIoError(error: unknown, path: string, what: string): unknown {
  if (error instanceof StoreIoError || error instanceof DataFolderBusyError) return error;
  const code = codeOf(error);
  if (!code) return error;
  // The caller's path names what the person knows (the revision, the folder), not a temp file.
  const where = path || (error instanceof FileExistsError ? error.path : pathOf(error)) || '?';
  const sentence = sentenceFor(code, where, what);
  return sentence ? new StoreIoError(code, where, sentence, { cause: error }) : error;
}

/** The sentence for any error: an I/O one explained, anything else its own message. */
export function describeError(error: unknown, path = '', what = 'the change'): string {
  const described = asIoError(error, path, what);
  return described instanceof Error ? described.message : String(described);
}
