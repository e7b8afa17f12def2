/** A setting in the environment that cannot be used; said plainly, no stack trace. */
export class EnvironmentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EnvironmentError';
  }
}
