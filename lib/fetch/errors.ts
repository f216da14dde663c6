export type FetchErrorCode = 'bad_url' | 'network' | 'timeout' | 'http_status' | 'too_large' | 'redirects' | 'no_workbook_links'

/** An expected failure of reading ICE's page or a workbook; its message is printed as is. */
export class FetchError extends Error {
  constructor(
    readonly code: FetchErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
    this.name = 'FetchError'
  }
}
