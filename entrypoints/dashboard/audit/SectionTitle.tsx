/** A section's heading: its number, as the list above numbers it, then its title. */
export function SectionTitle({ number, title }: { number: number; title: string }) {
  return (
    <>
      <span class="section-number">{number}</span> {title}
    </>
  );
}

/** A part of section `number`: 1a, 1b, 1c, so that it is never read as another section. */
export function SubStepTitle({ number, part, title }: { number: number; part: number; title: string }) {
  return (
    <>
      <span class="section-number">
        {number}
        {String.fromCharCode(0x61 + part)}
      </span>{' '}
      {title}
    </>
  );
}
