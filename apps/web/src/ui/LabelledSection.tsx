import { useId, type ReactNode } from 'react';

/** A section named by its own heading (aria-labelledby), as printed documents list their parts. */
export function LabelledSection({ heading, children }: { heading: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {children}
    </section>
  );
}
