import { v5 as uuidv5 } from "uuid";

/** bilat's UUIDv5 namespace (itself uuidv5 of bilat's name in the URL namespace), never to change. */
export const BILAT_NAMESPACE = uuidv5("https://github.com/bilat/bilat", uuidv5.URL);

/**
 * A STIX identifier derived from a bilat id: the same record gives the same identifier in every
 * export, so a platform that imports two editions updates objects instead of duplicating them.
 */
export function stixId(type: string, name: string): string {
  return `${type}--${uuidv5(`${type}/${name}`, BILAT_NAMESPACE)}`;
}
