// Unit tests of the DOMMatrix stand-in that lets pdfjs-dist load in the extension's reading worker.

import * as assert from 'node:assert/strict';
import { AffineMatrix, installDomMatrixIfMissing } from '../extension/src/affine-matrix';

describe('extension affine matrix (DOMMatrix stand-in)', () => {
  it('starts as the identity and takes six values', () => {
    assert.equal(new AffineMatrix().isIdentity, true);
    const matrix = new AffineMatrix([2, 0, 0, 3, 5, 7]);
    assert.deepEqual([matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f], [2, 0, 0, 3, 5, 7]);
  });

  it('scales and translates the way DOMMatrix does (pdfjs: scaleSelf(1/w, -1/h).translateSelf(0, -h))', () => {
    const matrix = new AffineMatrix().scaleSelf(1 / 4, -1 / 2).translateSelf(0, -2);
    assert.deepEqual(matrix.transformPoint({ x: 4, y: 0 }), { x: 1, y: 1 });
    assert.deepEqual(matrix.transformPoint({ x: 0, y: 2 }), { x: 0, y: 0 });
  });

  it('inverts: m × m⁻¹ is the identity', () => {
    const matrix = new AffineMatrix([2, 1, 1, 3, 4, -5]);
    const product = matrix.multiply(matrix.inverse());
    for (const [value, expected] of [[product.a, 1], [product.b, 0], [product.c, 0], [product.d, 1], [product.e, 0], [product.f, 0]]) {
      assert.ok(Math.abs(value - expected) < 1e-12);
    }
  });

  it('pre-multiplies: other × this', () => {
    const translated = new AffineMatrix().scaleSelf(2).preMultiplySelf(new AffineMatrix([1, 0, 0, 1, 10, 0]));
    assert.deepEqual(translated.transformPoint({ x: 1, y: 1 }), { x: 12, y: 2 });
  });

  it('is installed only where the runtime has no DOMMatrix', () => {
    const global = globalThis as { DOMMatrix?: unknown };
    const before = global.DOMMatrix;
    try {
      delete global.DOMMatrix;
      assert.equal(installDomMatrixIfMissing(), true);
      assert.equal(global.DOMMatrix, AffineMatrix);
      assert.equal(installDomMatrixIfMissing(), false);
    } finally {
      if (before === undefined) delete global.DOMMatrix;
      else global.DOMMatrix = before;
    }
  });
});
