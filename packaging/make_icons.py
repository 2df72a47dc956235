"""Renders the application icon, resources/icons/accredit-tracker.svg, to PNG and ICO files.

    python packaging/make_icons.py

Writes beside the SVG:

- accredit-tracker-<N>.png for N in SIZES: the window icon and the Linux hicolor theme icons;
- accredit-tracker.ico: every size in one file, for the Windows executables and installer.

Sizes up to SMALL_SIZE leave out the SVG element with id "rim", a thin outline that is only
noise at a handful of pixels. The output is the same bytes on every run, so the generated files
can be committed and a changed icon shows up as a changed file.
"""

from __future__ import annotations

import os
import struct
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SOURCE = ICONS / "accredit-tracker.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256)
SMALL_SIZE = 32
SVG_NAMESPACE = "http://www.w3.org/2000/svg"


def svg_without(source: bytes, element_id: str) -> bytes:
    """The SVG document with the element of the given id removed."""
    ElementTree.register_namespace("", SVG_NAMESPACE)
    root = ElementTree.fromstring(source)
    for parent in root.iter():
        for child in list(parent):
            if child.get("id") == element_id:
                parent.remove(child)
    return ElementTree.tostring(root)


def render(svg: bytes, size: int) -> QImage:
    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(b"png"))
    if not writer.write(image):
        raise SystemExit(f"Qt could not write a PNG image: {writer.errorString()}")
    buffer.close()
    return bytes(data.data())


def dib_bytes(image: QImage) -> bytes:
    """One icon image as Windows stores it in an ICO file: a 32-bit BGRA bitmap, bottom row
    first, followed by the 1-bit transparency mask that older readers expect."""
    size = image.width()
    argb = image.convertToFormat(QImage.Format.Format_ARGB32)
    rows = []
    mask_rows = []
    mask_stride = ((size + 31) // 32) * 4
    for y in reversed(range(size)):
        pixels = [argb.pixel(x, y) for x in range(size)]
        rows.append(b"".join(struct.pack("<I", pixel) for pixel in pixels))
        mask = bytearray(mask_stride)
        for x, pixel in enumerate(pixels):
            if pixel >> 24 == 0:
                mask[x // 8] |= 0x80 >> (x % 8)
        mask_rows.append(bytes(mask))
    header = struct.pack("<IiiHHIIiiII", 40, size, 2 * size, 1, 32, 0, size * size * 4, 0, 0, 0, 0)
    return header + b"".join(rows) + b"".join(mask_rows)


def ico_bytes(images: dict[int, QImage]) -> bytes:
    """A multi-size ICO file: bitmaps below 256 px, a PNG at 256 px (as Windows does)."""
    entries = [
        (size, png_bytes(image) if size >= 256 else dib_bytes(image))
        for size, image in sorted(images.items())
    ]
    directory = struct.pack("<HHH", 0, 1, len(entries))
    offset = len(directory) + 16 * len(entries)
    table = b""
    for size, data in entries:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        table += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return directory + table + b"".join(data for _, data in entries)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no display needed
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    source = SOURCE.read_bytes()
    small = svg_without(source, "rim")
    images = {size: render(small if size <= SMALL_SIZE else source, size) for size in SIZES}
    for size, image in images.items():
        path = ICONS / f"accredit-tracker-{size}.png"
        path.write_bytes(png_bytes(image))
        print(path.relative_to(ICONS.parents[1]))
    ico = ICONS / "accredit-tracker.ico"
    ico.write_bytes(ico_bytes(images))
    print(ico.relative_to(ICONS.parents[1]))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
