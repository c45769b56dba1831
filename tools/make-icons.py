#!/usr/bin/env python3
"""Draws the app's icon and logo (a traffic light) as PNG files, with the standard library only.

Run from the repository root: python3 tools/make-icons.py
"""
import math
import struct
import zlib

OUT = "plugin/src/main/resources/images/"
HOUSING = (38, 50, 56)
LIGHTS = [(222, 53, 11), (255, 171, 0), (0, 135, 90)]  # AUI red, amber, green


def png(path, size, pixel):
    rows = b"".join(
        b"\x00" + b"".join(bytes(pixel(x + 0.5, y + 0.5, size)) for x in range(size))
        for y in range(size)
    )

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
                + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def coverage(distance):
    """Anti-aliasing: how much of a pixel lies inside an edge at this signed distance."""
    return max(0.0, min(1.0, 0.5 - distance))


def traffic_light(x, y, size):
    s = size / 16.0
    # Rounded housing, centred, 8 x 15 units.
    left, right, top, bottom, r = 4 * s, 12 * s, 0.5 * s, 15.5 * s, 2.5 * s
    cx = min(max(x, left + r), right - r)
    cy = min(max(y, top + r), bottom - r)
    housing = coverage(math.hypot(x - cx, y - cy) - r)
    if housing == 0:
        return (0, 0, 0, 0)
    colour = HOUSING
    for i, lamp in enumerate(LIGHTS):
        lamp_cover = coverage(math.hypot(x - 8 * s, y - (3.3 + 4.7 * i) * s) - 1.9 * s)
        if lamp_cover > 0:
            colour = tuple(round(c * lamp_cover + h * (1 - lamp_cover)) for c, h in zip(lamp, HOUSING))
    return colour + (round(255 * housing),)


if __name__ == "__main__":
    png(OUT + "pluginIcon.png", 16, traffic_light)
    png(OUT + "pluginLogo.png", 72, traffic_light)
    png(OUT + "trafficLight.png", 48, traffic_light)
