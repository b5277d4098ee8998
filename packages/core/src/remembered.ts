/** A map, or a weak map, as `remembered` reads and fills it. */
interface Memo<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/**
 * The value a map holds for a key, made and kept the first time it is asked for: the indexes
 * and summaries that many records share (an archive's text, a passage, a period's selection).
 */
export function remembered<K, V>(map: Memo<K, V>, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    map.set(key, value);
  }
  return value;
}
