/** Placeholder: ARRS funding rules are being written. */
export {};
