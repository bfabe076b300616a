"""Draw Feltkart's icon (a map pin over a field of dots: the municipalities on the map) and write it as PNG
(window icon), ICO (Windows) and ICNS (macOS) into resources/icons/.

    uv run python scripts/make_icon.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "icons"
SIZE = 1024
BLUE, ORANGE, WHITE, PALE = (0, 114, 178), (230, 159, 0), (255, 255, 255), (86, 180, 233)


def draw() -> Image.Image:
    img = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((40, 40, SIZE - 40, SIZE - 40), radius=200, fill=BLUE)
    # a field of dots: municipalities, some interviewed
    step = 110
    for row in range(8):
        for col in range(8):
            x, y = 150 + col * step, 150 + row * step
            if (row + col) % 3 == 0:
                d.ellipse((x - 16, y - 16, x + 16, y + 16), fill=PALE)
    # the pin
    cx, cy, r = SIZE // 2, 420, 220
    d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=WHITE)
    d.polygon([(cx - 180, cy + 120), (cx + 180, cy + 120), (cx, 880)], fill=WHITE)
    d.ellipse((cx - 95, cy - 95, cx + 95, cy + 95), fill=ORANGE)
    return img


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    img = draw()
    img.resize((256, 256), Image.LANCZOS).save(OUT / "feltkart.png")
    img.save(OUT / "feltkart.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    img.resize((512, 512), Image.LANCZOS).save(OUT / "feltkart.icns")
    print("written:", ", ".join(p.name for p in sorted(OUT.iterdir())))


if __name__ == "__main__":
    main()
