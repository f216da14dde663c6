export type ImportErrorCode =
  | 'empty_file' | 'unsupported_format' | 'unreadable' | 'too_large' | 'zip_bomb'
  | 'no_header' | 'missing_column' | 'no_rows' | 'bad_row' | 'no_as_of' | 'bad_as_of' | 'changed_file'

/** An expected rejection of an imported file; its message is shown to the user as is. */
export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'ImportError'
  }
}
