/** The partial that lays out a section: its id in kebab case, e.g. `keyJudgments` → `key-judgments`. */
export function sectionPartial(id: string): string {
  return id.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}
