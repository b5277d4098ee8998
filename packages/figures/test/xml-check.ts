// A strict-enough XML well-formedness check for generated SVG (no DOM parser in Node).

const NAME = "[A-Za-z_][\\w.:-]*";
const ATTRIBUTE = new RegExp(`^\\s+${NAME}="[^"<]*"`);
const ENTITY = /&(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);/y;

/** Problems found in `xml`, empty when it is well formed with a single <svg> root. */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    checkText(xml.slice(i, lt < 0 ? xml.length : lt), i, problems);
    if (lt < 0) break;
    const gt = xml.indexOf(">", lt);
    if (gt < 0) {
      problems.push(`unclosed tag at ${lt}`);
      break;
    }
    const tag = xml.slice(lt + 1, gt);
    i = gt + 1;
    if (tag.startsWith("/")) {
      const name = tag.slice(1).trim();
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open ?? "nothing"}> at ${lt}`);
      continue;
    }
    const selfClosing = tag.endsWith("/");
    const body = selfClosing ? tag.slice(0, -1) : tag;
    const name = new RegExp(`^${NAME}`).exec(body)?.[0];
    if (!name) {
      problems.push(`bad tag <${tag.slice(0, 20)}> at ${lt}`);
      continue;
    }
    let rest = body.slice(name.length);
    const seen = new Set<string>();
    while (rest.trim() !== "") {
      const m = ATTRIBUTE.exec(rest);
      if (!m) {
        problems.push(`bad attribute in <${name}> at ${lt}: ${rest.slice(0, 30)}`);
        break;
      }
      const attr = m[0].trim().split("=")[0] ?? "";
      if (seen.has(attr)) problems.push(`duplicate ${attr} in <${name}> at ${lt}`);
      seen.add(attr);
      checkText(m[0].slice(m[0].indexOf('"')), lt, problems);
      rest = rest.slice(m[0].length);
    }
    if (stack.length === 0) roots++;
    if (!selfClosing) stack.push(name);
  }
  if (stack.length > 0) problems.push(`unclosed <${stack.join("><")}>`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  if (!xml.startsWith("<svg")) problems.push("root is not <svg>");
  return problems;
}

function checkText(text: string, at: number, problems: string[]): void {
  for (let j = text.indexOf("&"); j >= 0; j = text.indexOf("&", j + 1)) {
    ENTITY.lastIndex = j;
    if (!ENTITY.test(text)) problems.push(`bare & at ${at + j}`);
  }
  if (text.includes(">") && text.includes("<")) problems.push(`markup in text at ${at}`);
}
