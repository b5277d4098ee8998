/**
 * Bidirectional controls (embeddings, overrides, isolates, marks). Printed text leaves them out:
 * an override in the data never reorders what the reader sees, and the order of a mixed text is
 * the Unicode bidirectional algorithm's alone.
 */
export const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The text without its bidirectional controls. */
export const withoutBidiControls = (text: string) => text.replace(BIDI_CONTROLS, "");
