"""A signature as strokes (what the pad collects) and as a PNG (what the form shows).

Drawn here, without Qt, so the same strokes always give the same image and the core can
check that something was signed."""

from __future__ import annotations

import itertools
import struct
import zlib

Stroke = list[tuple[float, float]]  # points in 0..1 of the pad's width and height

WIDTH, HEIGHT, PEN = 600, 200, 2.2


def ink_length(strokes: list[Stroke]) -> float:
    """How much was drawn, in pad widths: a dot or a stray click is not a signature."""
    total = 0.0
    for stroke in strokes:
        for (x0, y0), (x1, y1) in itertools.pairwise(stroke):
            total += ((x1 - x0) ** 2 + ((y1 - y0) * HEIGHT / WIDTH) ** 2) ** 0.5
    return total


def to_png(strokes: list[Stroke], width: int = WIDTH, height: int = HEIGHT) -> bytes:
    """Black ink on white, greyscale PNG."""
    pixels = bytearray(b"\xff" * (width * height))
    radius = PEN
    r2 = radius * radius
    for stroke in strokes:
        points = [(x * (width - 1), y * (height - 1)) for x, y in stroke]
        if len(points) == 1:
            points = points * 2
        for (x0, y0), (x1, y1) in itertools.pairwise(points):
            steps = max(1, int(max(abs(x1 - x0), abs(y1 - y0))))
            for n in range(steps + 1):
                cx, cy = x0 + (x1 - x0) * n / steps, y0 + (y1 - y0) * n / steps
                for py in range(max(0, int(cy - radius)), min(height, int(cy + radius) + 2)):
                    for px in range(max(0, int(cx - radius)), min(width, int(cx + radius) + 2)):
                        if (px - cx) ** 2 + (py - cy) ** 2 <= r2:
                            pixels[py * width + px] = 0
    raw = b"".join(b"\x00" + bytes(pixels[row * width:(row + 1) * width])
                   for row in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))
