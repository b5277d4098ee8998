import { type ParseError, parse, printParseErrorCode } from "jsonc-parser";
/** A parsed JSON file, or where and why it could not be read. */
export type ParsedJson =
  | { ok: true; value: unknown }
  | { ok: false; line: number; column: number; problem: { code: "json-syntax"; reason: string } };

/** Line and column (1-based) of a character offset. */
function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before.at(-1) ?? "").length + 1 };
}

/** jsonc-parser's error names in words, e.g. `ValueExpected` → "value expected". */
const inWords = (code: string) => code.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();

/**
 * Parses a JSON record file: JSON.parse on the happy path (the fastest there is), and only when
 * that fails jsonc-parser, whose errors carry the offset that Node's messages no longer give.
 */
export function parseJson(text: string): ParsedJson {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch {
    const errors: ParseError[] = [];
    parse(body, errors, { disallowComments: true, allowTrailingComma: false });
    const first = errors[0];
    return {
      ok: false,
      ...positionOf(body, first?.offset ?? body.length),
      problem: {
        code: "json-syntax",
        reason: first ? inWords(printParseErrorCode(first.error)) : "not valid JSON",
      },
    };
  }
}
