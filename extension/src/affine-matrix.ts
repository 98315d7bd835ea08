// A minimal 2-D affine matrix with the DOMMatrix methods pdfjs-dist touches, installed as
// `globalThis.DOMMatrix` in the document-reading worker when the runtime has none. pdfjs creates a
// DOMMatrix when its module loads; text extraction never renders, so no other DOM class is needed.
// (The CLI gets DOMMatrix from @napi-rs/canvas instead; the extension does not ship that native
// module.) Pure: unit-tested outside VS Code.

/** [a, b, c, d, e, f]: x' = a·x + c·y + e, y' = b·x + d·y + f. */
type Six = [number, number, number, number, number, number];

/** The 2-D subset of DOMMatrix. */
export class AffineMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;

  /**
   * @example new AffineMatrix([2, 0, 0, 2, 5, 6]).translate(1, 1).e // 7
   */
  constructor(init?: ArrayLike<number> | { a: number; b: number; c: number; d: number; e: number; f: number }) {
    if (init && 'a' in init) this.set([init.a, init.b, init.c, init.d, init.e, init.f]);
    else if (init && init.length === 6) this.set([init[0], init[1], init[2], init[3], init[4], init[5]]);
  }

  get is2D(): boolean {
    return true;
  }

  get isIdentity(): boolean {
    return this.a === 1 && this.b === 0 && this.c === 0 && this.d === 1 && this.e === 0 && this.f === 0;
  }

  private set([a, b, c, d, e, f]: Six): this {
    Object.assign(this, { a, b, c, d, e, f });
    return this;
  }

  private values(): Six {
    return [this.a, this.b, this.c, this.d, this.e, this.f];
  }

  /** this = this × other */
  multiplySelf(other: { a: number; b: number; c: number; d: number; e: number; f: number }): this {
    const [a, b, c, d, e, f] = this.values();
    return this.set([
      a * other.a + c * other.b,
      b * other.a + d * other.b,
      a * other.c + c * other.d,
      b * other.c + d * other.d,
      a * other.e + c * other.f + e,
      b * other.e + d * other.f + f,
    ]);
  }

  /** this = other × this */
  preMultiplySelf(other: { a: number; b: number; c: number; d: number; e: number; f: number }): this {
    const product = new AffineMatrix(other).multiplySelf(this);
    return this.set(product.values());
  }

  multiply(other: { a: number; b: number; c: number; d: number; e: number; f: number }): AffineMatrix {
    return new AffineMatrix(this).multiplySelf(other);
  }

  translateSelf(x = 0, y = 0): this {
    return this.multiplySelf({ a: 1, b: 0, c: 0, d: 1, e: x, f: y });
  }

  translate(x = 0, y = 0): AffineMatrix {
    return new AffineMatrix(this).translateSelf(x, y);
  }

  scaleSelf(scaleX = 1, scaleY = scaleX): this {
    return this.multiplySelf({ a: scaleX, b: 0, c: 0, d: scaleY, e: 0, f: 0 });
  }

  scale(scaleX = 1, scaleY = scaleX): AffineMatrix {
    return new AffineMatrix(this).scaleSelf(scaleX, scaleY);
  }

  invertSelf(): this {
    const [a, b, c, d, e, f] = this.values();
    const determinant = a * d - b * c;
    if (!determinant) return this.set([NaN, NaN, NaN, NaN, NaN, NaN]);
    return this.set([d / determinant, -b / determinant, -c / determinant, a / determinant, (c * f - d * e) / determinant, (b * e - a * f) / determinant]);
  }

  inverse(): AffineMatrix {
    return new AffineMatrix(this).invertSelf();
  }

  transformPoint(point: { x?: number; y?: number } = {}): { x: number; y: number } {
    const x = point.x ?? 0;
    const y = point.y ?? 0;
    return { x: this.a * x + this.c * y + this.e, y: this.b * x + this.d * y + this.f };
  }
}

/**
 * Installs AffineMatrix as globalThis.DOMMatrix if the runtime has no DOMMatrix.
 * @example installDomMatrixIfMissing() // true in a plain Node worker
 */
export function installDomMatrixIfMissing(): boolean {
  const global = globalThis as { DOMMatrix?: unknown };
  if (global.DOMMatrix) return false;
  global.DOMMatrix = AffineMatrix;
  return true;
}
