/** A template that does not compile or asks for a field the digest does not have. */
export class TemplateError extends Error {
  override name = "TemplateError";

  constructor(
    /** The template file, e.g. `partials/actors.hbs` or a path in an override folder. */
    readonly file: string,
    cause: unknown,
  ) {
    super(`template ${file}: ${(cause as Error)?.message ?? String(cause)}`, { cause });
  }
}
