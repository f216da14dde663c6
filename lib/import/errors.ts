export type ImportErrorCode =
  | 'empty_file' | 'unsupported_format' | 'unreadable' | 'too_large' | 'zip_bomb'
  | 'too_many_rows' | 'too_many_columns' | 'cell_too_long' | 'too_much_text' | 'too_slow'
  | 'no_header' | 'ambiguous_header' | 'several_lists' | 'missing_column' | 'kind_mismatch'
  | 'no_rows' | 'bad_row' | 'dates_unreadable' | 'no_as_of' | 'bad_as_of' | 'changed_file'
  | 'busy' | 'worker_failed'

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
