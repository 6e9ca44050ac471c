/** Placeholder: the pulse payload schemas are being written. */
export {};
