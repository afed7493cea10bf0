/**
 * Typed failures of a request, so that a panel can say exactly what went wrong
 * (source down, HTTP 503, timeout, malformed JSON) instead of "something failed".
 */
export type HttpFailureKind = 'network' | 'http' | 'timeout' | 'malformed-json' | 'aborted';

export class HttpFailure extends Error {
  readonly kind: HttpFailureKind;
  readonly url: string;
  readonly status: number | undefined;

  constructor(kind: HttpFailureKind, url: string, message: string, status?: number) {
    super(message);
    this.name = 'HttpFailure';
    this.kind = kind;
    this.url = url;
    this.status = status;
  }
}

export function isHttpFailure(error: unknown): error is HttpFailure {
  return error instanceof HttpFailure;
}
