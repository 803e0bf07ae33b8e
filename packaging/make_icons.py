"""Renders resources/icons/ecplanner.svg into the icon files the app and the builds use.

    uv run --with pillow python packaging/make_icons.py

Qt draws the PNG sizes (the window's icon, the Linux desktop's); Pillow packs them into
``ecplanner.ico`` (Windows) and ``ecplanner.icns`` (macOS). Run it again when the SVG changes
and commit what it writes.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    return ICONS / f"ecplanner-{size}.png"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def main() -> int:
    from PIL import Image  # only here: the app itself does not need Pillow

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(ICONS / "ecplanner.svg"))
    if not renderer.isValid():
        raise SystemExit("ecplanner.svg cannot be read")
    for size in SIZES:
        if not render(renderer, size).save(str(png_path(size))):
            raise SystemExit(f"cannot write {png_path(size)}")
    images = {size: Image.open(png_path(size)) for size in SIZES}
    images[256].save(ICONS / "ecplanner.ico", sizes=[(s, s) for s in ICO_SIZES],
                     append_images=[images[s] for s in ICO_SIZES if s != 256])
    images[512].save(ICONS / "ecplanner.icns",
                     append_images=[images[s] for s in (16, 32, 64, 128, 256)])
    del app
    print(f"wrote {len(SIZES)} PNG files, ecplanner.ico and ecplanner.icns to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
