import { QUIET_ZONE, qrSvgPath } from './qr-svg';

/** A QR code of `text` as inline SVG, sharp at any print resolution. */
export function QrCode({ text, label, sizeMm = 40 }: { text: string; label: string; sizeMm?: number }) {
  const { size, path } = qrSvgPath(text);
  const side = size + 2 * QUIET_ZONE;
  return (
    <svg
      class="qr"
      role="img"
      aria-label={label}
      data-testid="qr"
      data-modules={size}
      viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${side} ${side}`}
      width={`${sizeMm}mm`}
      height={`${sizeMm}mm`}
      shape-rendering="crispEdges"
    >
      <rect x={-QUIET_ZONE} y={-QUIET_ZONE} width={side} height={side} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
