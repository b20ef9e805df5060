import { Fragment, type ReactNode } from 'react';

/**
 * A text with its `{name}` slots filled with elements: a file name or a customer's words goes in as its own
 * element (escaped by React, isolated in <bdi>), never pasted into the sentence as text.
 */
export function Fill({ text, values }: { text: string; values: Record<string, ReactNode> }) {
  const parts = text.split(/\{(\w+)\}/);
  return (
    <>
      {parts.map((part, k) => (
        // split puts the slots' names at the odd places.
        <Fragment key={k}>{k % 2 === 1 ? (values[part] ?? `{${part}}`) : part}</Fragment>
      ))}
    </>
  );
}
