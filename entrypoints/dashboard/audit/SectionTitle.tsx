/**
 * A section's number: "5.1" inside step 5 of the audit, so that it is never read as a second step 1;
 * plain "1" where the section stands on a page of its own (no `step`).
 */
export const sectionNumber = (number: number, step?: number): string =>
  step === undefined ? String(number) : `${step}.${number}`;

/** A section's heading: its number, as the list above numbers it, then its title. */
export function SectionTitle({ number, step, title }: { number: number; step?: number; title: string }) {
  return (
    <>
      <span class="section-number">{sectionNumber(number, step)}</span> {title}
    </>
  );
}

/** A part of section `number`: 5.1a, 5.1b (or 1a, 1b on a page of its own), never read as another section. */
export function SubStepTitle({
  number,
  step,
  part,
  title,
}: {
  number: number;
  step?: number;
  part: number;
  title: string;
}) {
  return (
    <>
      <span class="section-number">
        {sectionNumber(number, step)}
        {String.fromCharCode(0x61 + part)}
      </span>{' '}
      {title}
    </>
  );
}
