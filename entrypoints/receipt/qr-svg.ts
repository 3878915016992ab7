import qrcode from 'qrcode-generator';

/** Light modules around the code, as the QR standard asks, so scanners find its edges. */
export const QUIET_ZONE = 4;

export interface QrPath {
  /** Modules per side, quiet zone excluded. */
  readonly size: number;
  /** SVG path data: one unit square per dark module, in module coordinates. */
  readonly path: string;
}

/**
 * A QR code (error correction M, byte mode, smallest version that fits) as an SVG path, drawn as
 * elements rather than markup so that no HTML is injected into the page.
 */
export function qrSvgPath(text: string): QrPath {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  const size = qr.getModuleCount();
  const squares: string[] = [];
  for (let row = 0; row < size; row++)
    for (let column = 0; column < size; column++)
      if (qr.isDark(row, column)) squares.push(`M${column} ${row}h1v1h-1z`);
  return { size, path: squares.join('') };
}
