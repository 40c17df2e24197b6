/** The Node side of the CAP validator: the XSD check (xmllint-wasm), whole messages, feeds and their downloads. */
export * from './validate-xsd.ts';
export * from './validate-cap.ts';
export * from './validate-feed.ts';
export * from './load-document.ts';
